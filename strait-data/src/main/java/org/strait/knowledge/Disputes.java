package org.strait.knowledge;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strait.core.Require;

/** The disputes by id and the documented links between them (mechanisms M6 and M7). */
public final class Disputes {
  private final Map<String, Dispute> byId;
  private final List<DisputeLink> links;

  /** Creates the table; ids must be unique. */
  public Disputes(List<Dispute> disputes, List<DisputeLink> links) {
    Map<String, Dispute> map = new LinkedHashMap<>();
    for (Dispute d : Require.nonNull(disputes, "disputes")) {
      Require.argument(map.put(d.id(), d) == null, "dispute id %s appears twice", d.id());
    }
    for (DisputeLink l : Require.nonNull(links, "links")) {
      Require.argument(map.containsKey(l.from()) && map.containsKey(l.to()),
          "link %s -> %s names an unknown dispute", l.from(), l.to());
    }
    this.byId = Map.copyOf(map);
    this.links = List.copyOf(links);
  }

  /** Returns every dispute, sorted by id. */
  public List<Dispute> all() {
    return byId.values().stream().sorted(Comparator.comparing(Dispute::id)).toList();
  }

  /** Returns the dispute ids. */
  public Set<String> ids() {
    return byId.keySet();
  }

  /** Returns the dispute with the id, if any. */
  public Optional<Dispute> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Returns every link. */
  public List<DisputeLink> links() {
    return links;
  }

  /** Returns the links that start from the dispute. */
  public List<DisputeLink> linksFrom(String id) {
    return links.stream().filter(l -> l.from().equals(id)).toList();
  }
}
