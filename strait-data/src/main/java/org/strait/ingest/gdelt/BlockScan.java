package org.strait.ingest.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.strait.ingest.IngestException;

/**
 * Streams a file through a pool of parsers: the calling thread reads blocks of whole lines, workers parse them in
 * parallel, and the calling thread hands each parsed block to a consumer in file order, with the 1-based line of
 * its first row. At most {@code 2 × threads + 1} blocks are in flight, so memory stays bounded whatever the file.
 */
final class BlockScan {
  /** A line longer than this is not GDELT: the file is refused rather than read into memory whole. */
  static final int MAX_LINE = 1 << 26;

  /** What the calling thread does with each parsed block, in file order. */
  interface Replay {
    /** Hands one parsed block over; {@code firstLine} is the 1-based line of its first row. */
    void accept(Block block, long firstLine);
  }

  private final int threads;
  private final int blockSize;
  private final int maxLine;

  BlockScan(int threads, int blockSize) {
    this(threads, blockSize, MAX_LINE);
  }

  BlockScan(int threads, int blockSize, int maxLine) {
    this.threads = threads;
    this.blockSize = blockSize;
    this.maxLine = maxLine;
  }

  /** Reads the whole stream; {@code parser} fills a block's outcomes (called on worker threads). */
  void run(Path path, InputStream in, Consumer<Block> parser, Replay replay) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "gdelt-parse");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<Block>> pending = new ArrayDeque<>();
    ArrayDeque<Block> free = new ArrayDeque<>();
    long[] nextLine = {1};
    try {
      Block previous = null;
      int carryStart = 0;
      int carryLength = 0;
      while (true) {
        Block block = free.isEmpty() ? new Block(blockSize) : free.pop();
        while (block.capacity() < carryLength + 1) {
          block.grow();
        }
        if (carryLength > 0) {
          System.arraycopy(previous.data, carryStart, block.data, 0, carryLength);
        }
        int filled = carryLength;
        boolean eof = false;
        while (true) {
          int read = in.read(block.data, filled, block.capacity() - filled);
          if (read < 0) {
            eof = true;
            break;
          }
          filled += read;
          if (filled == block.capacity()) {
            if (lastNewline(block.data, filled) >= 0) {
              break;
            }
            if (block.capacity() >= maxLine) {
              drain(pending, free, replay, nextLine, 0);
              throw new IngestException(path, nextLine[0], "the line is longer than " + maxLine
                  + " bytes; this is not a GDELT events file", null);
            }
            block.grow();
          }
        }
        int cut = lastNewline(block.data, filled) + 1;
        if (eof && filled > cut) {
          block.data[filled++] = '\n';
          cut = filled;
        }
        block.length = cut;
        previous = block;
        carryStart = cut;
        carryLength = filled - cut;
        pending.add(pool.submit(() -> {
          parser.accept(block);
          return block;
        }));
        if (eof) {
          drain(pending, free, replay, nextLine, 0);
          return;
        }
        drain(pending, free, replay, nextLine, 2 * threads);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Replays parsed blocks in order until at most {@code keep} are still in flight. */
  private static void drain(ArrayDeque<Future<Block>> pending, ArrayDeque<Block> free, Replay replay,
      long[] nextLine, int keep) throws IOException {
    while (pending.size() > keep) {
      Block done = await(pending.poll());
      replay.accept(done, nextLine[0]);
      nextLine[0] += done.rows;
      free.push(done);
    }
  }

  private static int lastNewline(byte[] data, int filled) {
    for (int i = filled - 1; i >= 0; i--) {
      if (data[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static Block await(Future<Block> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while parsing");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
