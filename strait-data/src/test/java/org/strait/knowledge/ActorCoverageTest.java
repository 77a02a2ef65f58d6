package org.strait.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.strait.core.Country;

/**
 * The shipped actor dictionary against the shared ICEWS files.
 *
 * <p>An event <em>involves the six</em> when at least one of its actors is named for one of them: the country name
 * itself ("Japan", "South Korea", "North Korea", "China", "United States", "Russia"), a sector actor "X (country)"
 * of one of them, or a person of one of them in the dictionary. It is <em>resolved</em> when both its actors resolve
 * to a country (any country; international bodies and regions such as NATO or "Middle East" have none). The counts
 * asserted exactly below were computed by an independent Python reading of the same files.
 */
class ActorCoverageTest {
  private static final Set<String> SIX = Set.of("Japan", "South Korea", "North Korea", "China", "United States",
      "Russia");
  private static final Pattern SECTOR = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
  private static final Set<Country> SIX_CODES = Set.copyOf(Country.DEFAULT_SET);

  private final ActorDictionary dictionary = ActorDictionary.standard();

  /** People of the six countries as the shared ICEWS files spell them, found in the raw entity lists. */
  private static final Map<String, List<String>> PEOPLE_IN_FILES = Map.of(
      "KOR", List.of("Lee Myung Bak", "Roh Moo Hyun", "Kim Daejung", "Kim Hwang Sik", "Chung Sye Kyun",
          "Kim Jong Pil", "Ryoo Kihl-jae", "Chung Dong-young", "Cho Tai-young", "Park Won-soon", "Yoon Jeung Hyun",
          "Bahk Jaewan", "Yoon Sang-jick", "Noh Kwang-il", "Moon Chang Keuk"),
      "JPN", List.of("Kiichi Miyazawa", "Ryutaro Hashimoto", "Yasuo Fukuda", "Yoshihiko Noda", "Fumio Kishida",
          "Shigeru Ishiba", "Sanae Takaichi", "Okada Katsuya", "Takeaki Matsumoto", "Kōichirō Genba",
          "Fumio Kyuma", "Yasuo Ichikawa", "Akinori Eto", "Yasuhisa Shiozaki", "Sengoku Yoshito", "Kaoru Yosano",
          "Toru Hashimoto", "Naoki Inose", "Yoshimi Watanabe", "Emperor Akihito", "Shinsuke Sugiyama",
          "Akitaka Saiki", "Keiji Furuya", "Yamamoto Ichita", "Yoshitaka Shindo", "Takeshi Onaga",
          "Koya Nishikawa", "Takahiro Yokomichi"),
      "PRK", List.of("Kim Jong-Un", "Chang Song Taek", "Kim Kye Gwan", "Ri Su Yong", "Hyon Yong Chol",
          "Yang Hyong Sop"),
      "CHN", List.of("Xi Jinping", "Wen Jiabao", "Wang Yi", "Qin Gang", "Cheng Yonghua", "Cui Tiankai",
          "Liu Zhenmin", "Chang Wanquan", "Zhang Dejiang", "Yu Zhengsheng", "Chen Deming", "Hui Liangyu",
          "Liu Yandong", "Wang Yang", "Geng Yansheng", "Fang Fenghui", "Xu Caihou", "Mao Zedong"),
      "USA", List.of("Barack Obama", "Joseph Robinette Biden", "John Kerry", "Chuck Hagel", "Donald Rumsfeld",
          "Robert M. Gates", "Leon Panetta", "Daniel Russel", "Wendy Sherman", "Caroline Kennedy",
          "Kathleen Stephens", "Samuel J. Locklear", "Henry M. Paulson", "Jacob J. Lew", "Ed Royce",
          "Richard Nixon", "Henry Kissinger", "Madeleine Albright"),
      "RUS", List.of("Dmitry Anatolyevich Medvedev", "Sergey Viktorovich Lavrov", "Sergey Kuzhugetovich Shoygu",
          "Mikhail Sergeyevich Gorbachev", "Igor Ivanovich Shuvalov", "Alexander Lukashevich",
          "Dmitry Olegovich Rogozin", "Boris Vyacheslavovich Gryzlov", "Mikhail Yefimovich Fradkov"));

  @Test
  void people_ofSixCountriesInFiles_resolveToTheirCountry() {
    Set<String> names = SharedData.allNames();
    PEOPLE_IN_FILES.forEach((iso, people) -> {
      for (String person : people) {
        assertThat(names).as("the shared files name %s", person).contains(person);
        assertThat(dictionary.resolve(person, LocalDate.of(2014, 6, 1)))
            .as(person).hasValueSatisfying(a -> assertThat(a.country()).isEqualTo(new Country(iso)));
      }
    });
  }

  private boolean strictlySix(String name) {
    Matcher m = SECTOR.matcher(name);
    return SIX.contains(name) || (m.matches() && SIX.contains(m.group(2)));
  }

  private boolean namedSix(String name, LocalDate date) {
    return strictlySix(name) || dictionary.lookup(name, date)
        .filter(e -> e.kind().equals("person") && SIX_CODES.contains(e.country())).isPresent();
  }

  private record Coverage(long strict, long involving, long resolved, long sixSix, long sixSixResolved) {
    double share() {
      return (double) resolved / involving;
    }
  }

  private Coverage coverage(List<SharedData.NamedEvent> events) {
    long strict = 0;
    long involving = 0;
    long resolved = 0;
    long sixSix = 0;
    long sixSixResolved = 0;
    for (SharedData.NamedEvent e : events) {
      boolean both = dictionary.resolve(e.source(), e.date()).isPresent()
          && dictionary.resolve(e.target(), e.date()).isPresent();
      if (strictlySix(e.source()) || strictlySix(e.target())) {
        strict++;
      }
      boolean s = namedSix(e.source(), e.date());
      boolean t = namedSix(e.target(), e.date());
      if (s || t) {
        involving++;
        resolved += both ? 1 : 0;
      }
      if (s && t) {
        sixSix++;
        sixSixResolved += both ? 1 : 0;
      }
    }
    return new Coverage(strict, involving, resolved, sixSix, sixSixResolved);
  }

  @Test
  void coverage_icews14_resolvesEverySixSixEventAndMostInvolvingTheSix() {
    Coverage c = coverage(SharedData.icews14());
    System.out.printf("icews14: %d involve the six, %d resolved (%.4f); six-six %d/%d%n", c.involving(),
        c.resolved(), c.share(), c.sixSixResolved(), c.sixSix());
    assertThat(c.strict()).isEqualTo(16_890);
    assertThat(c.sixSixResolved()).isEqualTo(c.sixSix()).isGreaterThan(9_000);
    assertThat(c.share()).isGreaterThan(0.84);
  }

  @Test
  void coverage_icews0515TailAndSample_resolveMostInvolvingTheSix() {
    Coverage tail = coverage(SharedData.icewsTail());
    Coverage sample = coverage(SharedData.icewsSample());
    System.out.printf("icews05-15 tail: %d involve the six, %d resolved (%.4f); six-six %d/%d%n",
        tail.involving(), tail.resolved(), tail.share(), tail.sixSixResolved(), tail.sixSix());
    System.out.printf("icews05-15 sample: %d involve the six, %d resolved (%.4f); six-six %d/%d%n",
        sample.involving(), sample.resolved(), sample.share(), sample.sixSixResolved(), sample.sixSix());
    assertThat(tail.strict()).isEqualTo(17_863);
    assertThat(sample.strict()).isEqualTo(18_624);
    assertThat(tail.sixSixResolved()).isEqualTo(tail.sixSix());
    assertThat(sample.sixSixResolved()).isEqualTo(sample.sixSix());
    assertThat(tail.share()).isGreaterThan(0.84);
    assertThat(sample.share()).isGreaterThan(0.83);
  }
}
