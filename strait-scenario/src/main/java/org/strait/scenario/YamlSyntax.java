package org.strait.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a YAML syntax error, for the messages of the readers of scenario and case files. */
public final class YamlSyntax {
  /** SnakeYAML's place of a mark, "in 'reader', line 3, column 1:". */
  private static final Pattern MARK = Pattern.compile("in '[^']*', line (\\d+), column (\\d+):?");

  private YamlSyntax() {}

  /**
   * Returns a YAML syntax error as one line: the parser's words with the places they name ("while parsing a flow
   * sequence (line 2, column 8): expected ',' or ']', but got <stream end> (line 3, column 1)"), without the quoted
   * source SnakeYAML puts under each place.
   */
  public static String problem(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    List<String> kept = new ArrayList<>();
    for (String line : message.split("\\R")) {
      String text = line.strip();
      Matcher mark = MARK.matcher(text);
      if (mark.matches() && !kept.isEmpty()) {
        kept.set(kept.size() - 1, kept.get(kept.size() - 1) + " (line " + mark.group(1) + ", column " + mark.group(2)
            + ")");
      } else if (!mark.matches() && !text.isEmpty() && !text.equals("^") && !line.startsWith("    ")) {
        kept.add(text.endsWith(":") ? text.substring(0, text.length() - 1) : text);
      }
    }
    return kept.isEmpty() ? message : String.join(": ", kept);
  }
}
