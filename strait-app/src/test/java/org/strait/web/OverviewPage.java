package org.strait.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strait.store.EventStore;

/**
 * The dashboard's Overview of a store as headless Chromium shows it at the default false-alarm rate, beside what the
 * API returns, for integration tests outside this package that build a store of their own (DemoIT's whole record).
 */
public final class OverviewPage {
  private OverviewPage() {}

  /**
   * What the Overview shows.
   *
   * @param months the months the index API returns
   * @param first the first of those months
   * @param last the last
   * @param points the months the chart holds
   * @param markers the turning points marked on the chart
   * @param listed the text of each turning point in the list below the chart, in order
   * @param turns the API's turning points at the default rate, in order
   * @param errors the page's script and console errors
   */
  public record Shown(int months, String first, String last, int points, int markers, List<String> listed,
                      List<Turn> turns, List<String> errors) {}

  /**
   * A turning point as the API gives it.
   *
   * @param month {@code YYYY-MM}
   * @param kind {@code LEVEL} or {@code SHOCK}
   * @param direction {@code UP} or {@code DOWN}
   * @param notes the titles of its chronicle notes
   */
  public record Turn(String month, String kind, String direction, List<String> notes) {}

  /** Serves {@code db} on an ephemeral loopback port, opens the Overview and returns what it shows. */
  public static Shown read(Path db, Path work, Path screenshot) throws IOException, InterruptedException {
    try (EventStore store = EventStore.open(db);
         WebServer server = WebServer.start(WebSettings.loopback(0), store);
         Browser browser = Browser.launch(Files.createDirectories(work.resolve("profile")))) {
      Http http = new Http(server.port());
      JsonNode index = http.get("/api/index?dyad=JPN-KOR").json();
      List<Turn> turns = new ArrayList<>();
      for (JsonNode p : http.get("/api/turning-points?dyad=JPN-KOR").json().get("points")) {
        List<String> notes = new ArrayList<>();
        p.get("notes").forEach(n -> notes.add(n.get("title").asText()));
        turns.add(new Turn(p.get("month").asText(), p.get("kind").asText(), p.get("direction").asText(), notes));
      }
      browser.navigate("http://127.0.0.1:" + server.port() + "/#/overview");
      browser.await("document.body.dataset.page === 'overview' && document.body.dataset.ready === 'true'"
          + " && document.querySelector('#overview-chart[data-markers]')", 60);
      List<String> listed = new ArrayList<>();
      browser.eval("[...document.querySelectorAll('#overview-turns details')].map(d => d.textContent)")
          .forEach(t -> listed.add(t.asText()));
      JsonNode chart = browser.eval("(() => { const c = document.querySelector('#overview-chart');"
          + " return {points: c.dataset.points, markers: c.dataset.markers}; })()");
      JsonNode months = index.get("months");
      browser.screenshot(screenshot);
      return new Shown(months.size(), months.get(0).get("month").asText(),
          months.get(months.size() - 1).get("month").asText(), chart.get("points").asInt(),
          chart.get("markers").asInt(), listed, turns, browser.takeErrors());
    }
  }
}
