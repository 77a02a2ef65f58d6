package org.strait.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebSettingsTest {
  private static final String TOKEN = "0123456789abcdef";

  @Test
  void host_loopbackLiterals_needNoToken() {
    for (String host : new String[] {"127.0.0.1", "127.0.0.2", "::1", "localhost"}) {
      assertThat(WebSettings.loopback(0).withHost(host, null).host()).isEqualTo(host);
    }
  }

  @Test
  void host_anyOtherAddressOrName_withoutToken_refusedNamingTheRule() {
    for (String host : new String[] {"0.0.0.0", "::", "192.168.1.10", "example.org", "localhost.example.org"}) {
      assertThatThrownBy(() -> WebSettings.loopback(0).withHost(host, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requires --token");
      assertThat(WebSettings.loopback(0).withHost(host, TOKEN).token()).isEqualTo(TOKEN);
    }
  }

  @Test
  void token_shortOrWithSpaces_refused() {
    assertThatThrownBy(() -> WebSettings.loopback(0).withHost("127.0.0.1", "short"))
        .hasMessageContaining("at least 16");
    assertThatThrownBy(() -> WebSettings.loopback(0).withHost("127.0.0.1", "0123456789 abcdef"))
        .hasMessageContaining("without spaces");
  }

  @Test
  void limits_outOfRange_refused() {
    assertThatThrownBy(() -> WebSettings.loopback(70_000)).hasMessageContaining("--port");
    assertThatThrownBy(() -> WebSettings.loopback(0).withJobs(0, 1)).hasMessageContaining("job threads");
    assertThatThrownBy(() -> WebSettings.loopback(0).withJobs(1, -1)).hasMessageContaining("job queue");
  }
}
