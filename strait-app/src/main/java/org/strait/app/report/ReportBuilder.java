package org.strait.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.strait.store.StoreReader;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.stream.Stream;
import org.strait.app.IndexService;
import org.strait.core.Progress;
import org.strait.core.Require;
import org.strait.core.Version;
import org.strait.index.IndexSeries;
import org.strait.index.TurningPointOptions;
import org.strait.index.TurningPointResult;
import org.strait.store.StoreException;

/**
 * The builder of strait's HTML report: one self-contained page, every chart a base64 PNG and every text escaped,
 * with the Japan–South Korea index and turning points (annotated from the knowledge base's chronicle), the seed
 * claims' verdicts and the fitted model's backtest against the baselines, its forecast from the data's last month
 * with the baselines beside it, the scenarios' fan charts and the wartime-labour bargaining case. Every figure
 * names its data span, seed and strait version. The same store and settings give the same page.
 */
public final class ReportBuilder {
  private static final String STYLE = "body{font-family:sans-serif;max-width:1060px;margin:2em auto;color:#222}"
      + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:3px 8px;text-align:left}"
      + "th{background:#eef}img{max-width:100%}figcaption{font-size:90%;color:#555}";

  private final ReportSettings settings;

  /** Creates a builder with these settings. */
  public ReportBuilder(ReportSettings settings) {
    this.settings = Require.nonNull(settings, "report settings");
  }

  /**
   * Returns the report's HTML for the store behind {@code store}.
   *
   * @throws StoreException when the store cannot be read
   */
  public String build(StoreReader store) {
    return build(store, Progress.NONE);
  }

  /**
   * Returns the report's HTML for the store behind {@code store}, reporting its sections to {@code progress}.
   *
   * @throws StoreException when the store cannot be read
   */
  public String build(StoreReader store, Progress progress) {
    Progress.Steps steps = progress.steps(5);
    steps.next("index and turning points");
    IndexSeries index = IndexService.jpnKor(store);
    Path work = workFolder();
    try {
      StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<title>strait report</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
          .append(Html.h(1, "top", "strait report: Japan–South Korea relations"))
          .append(Html.p("Store " + settings.storeName() + "; seed " + settings.seed() + "; " + settings.runs()
              + " runs per ensemble; strait " + Version.current() + "."))
          .append(contents());
      if (index.events() == 0) {
        b.append(IndexSection.html(index, null, work)).append(Html.h(2, "verdicts", "Verdicts on the seeds' claims"))
            .append(Html.p("No verdicts and no backtest: the store holds no Japan–South Korea event."))
            .append(ForecastSection.heading())
            .append(Html.p("No forecast: the store holds no Japan–South Korea event."));
      } else {
        TurningPointResult turns = IndexService.turningPoints(index, TurningPointOptions.defaults()
            .withFalseAlarmRate(settings.falseAlarmRate()).withSeed(settings.seed()));
        b.append(IndexSection.html(index, turns, work));
        steps.next("verdicts and backtest");
        b.append(FitSection.html(store, YearMonth.parse(index.points().get(0).label()),
            YearMonth.parse(index.points().get(index.points().size() - 1).label()), settings));
        steps.next("forecast");
        b.append(ForecastSection.html(store, settings, work));
      }
      steps.next("scenarios");
      b.append(ScenarioSection.html(settings.scenarios(), settings, work));
      steps.next("bargaining");
      b.append(BargainSection.html(settings.bargainCase(), settings, work));
      steps.finish();
      return b.append("</body>\n</html>\n").toString();
    } finally {
      delete(work);
    }
  }

  private static String contents() {
    return "<nav><ul><li><a href=\"#index\">Index</a></li><li><a href=\"#turning-points\">Turning points</a></li>"
        + "<li><a href=\"#verdicts\">Verdicts</a></li><li><a href=\"#backtest\">Backtest</a></li>"
        + "<li><a href=\"#forecast\">Forecast</a></li><li><a href=\"#scenarios\">Scenarios</a></li><li><a href=\"#bargaining\">Bargaining</a></li></ul></nav>\n";
  }

  private static Path workFolder() {
    try {
      return Files.createTempDirectory("strait-report");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the charts", e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary folder " + folder, e);
    }
  }
}
