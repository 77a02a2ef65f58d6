package org.strait.knowledge;

import java.util.List;
import org.strait.core.Require;

/**
 * A documented link between two disputes (mechanism M7, linkage politics): activity in {@code from} has set off or
 * settled activity in {@code to}.
 *
 * @param from the dispute where the move started
 * @param to the dispute it spilled into
 * @param kind {@code retaliation} (a move in one answered in the other), {@code escalation} (one raises the other's
 *     salience) or {@code package} (settled together)
 * @param evidence chronicle entry ids that show the link
 * @param source the seed or public document that makes the link
 * @param confidence how well established the link is
 */
public record DisputeLink(String from, String to, String kind, List<String> evidence, String source,
    Confidence confidence) {
  /** Checks every field. */
  public DisputeLink {
    Require.argument(from != null && !from.isBlank(), "from must be given");
    Require.argument(to != null && !to.isBlank(), "to must be given");
    Require.argument(!from.equals(to), "a link joins two different disputes, was %s twice", from);
    Require.argument(kind != null && kind.matches("retaliation|escalation|package"),
        "link kind must be retaliation, escalation or package, was '%s'", kind);
    evidence = List.copyOf(Require.nonNull(evidence, "evidence"));
    Require.argument(!evidence.isEmpty(), "a link needs at least one evidence entry");
    Require.argument(source != null && !source.isBlank(), "source must not be blank");
    Require.nonNull(confidence, "confidence");
  }
}
