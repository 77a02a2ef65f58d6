package org.strait.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

/** How a failed request reads: in words, with no Java class name. */
class HttpSourceDescribeTest {
  @Test
  void describe_jdkFailures_inWordsWithoutClassNames() {
    // what the JDK's client throws when nothing listens on the port: a ConnectException around another, around
    // a ClosedChannelException, none with a message
    ConnectException refused = new ConnectException();
    refused.initCause(new ConnectException());
    refused.getCause().initCause(new ClosedChannelException());
    assertThat(HttpSource.describe(refused)).isEqualTo("cannot connect: the connection was closed");
    assertThat(HttpSource.describe(new UnknownHostException("data.gdeltproject.invalid")))
        .isEqualTo("unknown host (data.gdeltproject.invalid)");
    assertThat(HttpSource.describe(new HttpConnectTimeoutException("HTTP connect timed out")))
        .isEqualTo("no connection within the time allowed");
    assertThat(HttpSource.describe(new IOException("Connection reset"))).isEqualTo("Connection reset");
    assertThat(HttpSource.describe(new IllegalStateException())).isEqualTo("illegal state");
  }
}
