package org.strait.core;

import java.util.regex.Pattern;

/**
 * A CAMEO event code as published: two to four digits whose first two are the root (e.g. {@code "0231"}, root 2).
 *
 * @param code the code with its leading zero, as in the CAMEO codebook
 */
public record CameoCode(String code) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{2,4}");

  /** Checks the shape of the code and its root. */
  public CameoCode {
    Require.argument(code != null && DIGITS.matcher(code).matches(),
        "CAMEO code must be 2 to 4 digits, was '%s'", code);
    int root = Integer.parseInt(code.substring(0, 2));
    Require.argument(root >= 1 && root <= 20, "CAMEO root must be 01 to 20, was '%s'", code);
  }

  /** Returns the root code, 1 to 20. */
  public int root() {
    return Integer.parseInt(code.substring(0, 2));
  }

  /** Returns the quad class of the root code. */
  public QuadClass quadClass() {
    return QuadClass.ofRoot(root());
  }

  @Override
  public String toString() {
    return code;
  }
}
