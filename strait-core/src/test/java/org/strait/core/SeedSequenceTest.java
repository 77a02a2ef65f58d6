package org.strait.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedSequenceTest {
  @Test
  void seed_sameBaseAndIndex_sameSeed_differentIndex_differs() {
    SeedSequence a = new SeedSequence(42);
    SeedSequence b = new SeedSequence(42);
    assertThat(a.seed(7)).isEqualTo(b.seed(7));
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(a.seed(i));
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void stream_neighbouringBases_doNotShareStreams() {
    // base 1's stream 0 must not equal base 0's stream 1, as a naive base + index would make it.
    assertThat(new SeedSequence(1).seed(0)).isNotEqualTo(new SeedSequence(0).seed(1));
    assertThat(new SeedSequence(1).stream(0).nextLong()).isNotEqualTo(new SeedSequence(0).stream(1).nextLong());
  }

  @Test
  void version_isFilteredFromThePom() {
    assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
  }
}
