package org.strait.knowledge;

import java.util.List;
import java.util.Set;
import org.strait.core.CameoCode;
import org.strait.core.Country;
import org.strait.core.Require;

/**
 * One dated fact of the chronicle: what happened, when (to its precision), who took part, what kind of event it is,
 * which disputes it touches, which way it was expected to move the Japan–South Korea relationship, and where the
 * fact comes from.
 *
 * @param id a short unique slug, e.g. {@code 1998-joint-declaration}
 * @param date the date, with its precision
 * @param title the event in a few words (our own words, never a source's sentence)
 * @param actors the countries taking part (at least one)
 * @param kind the kind of event, one of {@link #KINDS}
 * @param cameo the CAMEO code where one fits, or null
 * @param disputes ids of the disputes the event touches (may be empty)
 * @param direction expected effect on the JPN–KOR relationship: -1, 0 or +1
 * @param source a seed file ({@code seed:001}) and/or a named public document
 * @param confidence how sure we are of the fact and its date
 */
public record ChronicleEntry(String id, PartialDate date, String title, List<Country> actors, String kind,
    CameoCode cameo, List<String> disputes, int direction, String source, Confidence confidence) {

  /** The kinds of event the chronicle uses (documented in docs/knowledge.md). */
  public static final Set<String> KINDS = Set.of(
      "background", "treaty", "agreement", "declaration", "statement", "summit", "visit", "meeting",
      "court-ruling", "enforcement", "sanction", "trade-measure", "security-pact", "military-test",
      "nuclear-test", "missile-launch", "military-incident", "attack", "shrine-visit", "textbook", "territorial",
      "legislation", "policy", "strategy", "protest", "poll", "cultural", "disaster", "diplomatic-recall",
      "domestic-politics", "track-two");

  /** Checks every field. */
  public ChronicleEntry {
    Require.argument(id != null && id.matches("[a-z0-9][a-z0-9-]*"), "id must be a lower-case slug, was '%s'", id);
    Require.nonNull(date, "date");
    Require.argument(title != null && !title.isBlank(), "title must not be blank");
    actors = List.copyOf(Require.nonNull(actors, "actors"));
    Require.argument(!actors.isEmpty(), "an entry needs at least one actor");
    Require.argument(KINDS.contains(kind), "kind '%s' is not one of %s", kind, KINDS);
    disputes = List.copyOf(Require.nonNull(disputes, "disputes"));
    Require.argument(direction >= -1 && direction <= 1, "direction must be -1, 0 or 1, was %s", direction);
    Require.argument(source != null && !source.isBlank(), "source must not be blank");
    Require.nonNull(confidence, "confidence");
  }

  /** Tells whether the entry touches the dispute. */
  public boolean touches(String disputeId) {
    return disputes.contains(disputeId);
  }

  /** Tells whether the country takes part. */
  public boolean involves(Country country) {
    return actors.contains(country);
  }
}
