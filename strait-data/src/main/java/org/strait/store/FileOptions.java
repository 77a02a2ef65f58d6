package org.strait.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strait.core.Country;
import org.strait.ingest.EventReader;
import org.strait.ingest.ReadOptions;

/**
 * The reading options that change what a file puts in the store, written as one canonical text that the store keeps
 * beside the file's hash: {@code format=quad-id source=icews18 origin=2018-01-01 step-hours=1
 * countries=CHN,JPN,KOR,PRK,RUS,USA}. A file's identity in the store is its content and these options: the same
 * bytes read with another format, source label, time origin, step or country filter are other events. The origin and
 * step appear only for readers that use them ({@link EventReader#usesTimeOrigin()}).
 */
public final class FileOptions {
  private FileOptions() {}

  /** Returns the canonical text of the options that a reader and its options give a file. */
  public static String of(EventReader reader, ReadOptions options) {
    StringBuilder text = new StringBuilder("format=").append(reader.format()).append(" source=")
        .append(options.source().replace(' ', '_'));
    if (reader.usesTimeOrigin()) {
      text.append(" origin=").append(options.origin()).append(" step-hours=").append(options.stepHours());
    }
    text.append(" countries=").append(String.join(",",
        options.countries().stream().map(Country::code).sorted().toList()));
    return text.toString();
  }

  /**
   * Returns how two option texts differ, option by option ({@code "step-hours 24 -> 1"}), or an empty list when they
   * are equal.
   */
  public static List<String> differences(String before, String now) {
    Map<String, String> a = parse(before);
    Map<String, String> b = parse(now);
    List<String> out = new ArrayList<>();
    Map<String, String> keys = new LinkedHashMap<>(a);
    b.forEach(keys::putIfAbsent);
    for (String key : keys.keySet()) {
      String x = a.getOrDefault(key, "(none)");
      String y = b.getOrDefault(key, "(none)");
      if (!x.equals(y)) {
        out.add(key + " " + x + " -> " + y);
      }
    }
    return out;
  }

  private static Map<String, String> parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String part : text.split(" ")) {
      int eq = part.indexOf('=');
      values.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? "" : part.substring(eq + 1));
    }
    return values;
  }
}
