package org.strait.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache of results per store content: fits are kept while the store is unchanged. */
class StoreCacheTest {
  @Test
  void get_sameContentAndKey_computesOnce() {
    StoreCache<String> cache = new StoreCache<>();
    AtomicInteger computed = new AtomicInteger();
    assertThat(cache.get("store/1", "w|1", () -> "fit" + computed.incrementAndGet())).isEqualTo("fit1");
    assertThat(cache.get("store/1", "w|1", () -> "fit" + computed.incrementAndGet())).isEqualTo("fit1");
    assertThat(cache.get("store/1", "w|2", () -> "fit" + computed.incrementAndGet())).isEqualTo("fit2");
    assertThat(cache.get("store/1", "w|1", () -> "fit" + computed.incrementAndGet())).isEqualTo("fit1");
  }

  @Test
  void get_changedContent_dropsWhatWasKept() {
    StoreCache<String> cache = new StoreCache<>();
    AtomicInteger computed = new AtomicInteger();
    cache.get("store/1", "w|1", () -> "fit" + computed.incrementAndGet());
    assertThat(cache.get("store/2", "w|1", () -> "fit" + computed.incrementAndGet())).isEqualTo("fit2");
    assertThat(cache.get("store/1", "w|1", () -> "fit" + computed.incrementAndGet())).isEqualTo("fit3");
  }
}
