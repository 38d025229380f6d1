package dev.hotline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotline.corpus.Article;
import dev.hotline.corpus.ArticleFormats;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.IndexDefaults;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus of a given size for the indexing memory benchmark (docs/benchmarks.md): articles
 * made of the bundled articles' paragraphs, shuffled, so that dates and sentences are realistic. It
 * is generated when measured and never committed.
 *
 * <p>{@code GeneratedCorpus FOLDER MEGABYTES md|jsonl}: Markdown files of about 8 kB, a thousand a
 * folder, or one JSON Lines file.
 */
public final class GeneratedCorpus {
  private static final int PARAGRAPHS_PER_ARTICLE = 12;

  private GeneratedCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GeneratedCorpus FOLDER MEGABYTES md|jsonl");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    long bytes = Long.parseLong(args[1]) * 1_000_000L;
    List<String> paragraphs = paragraphs();
    Random random = new Random(1962);
    Files.createDirectories(folder);
    long written =
        "jsonl".equals(args[2])
            ? jsonLines(folder.resolve("generated.jsonl"), bytes, paragraphs, random)
            : markdown(folder, bytes, paragraphs, random);
    System.out.printf(Locale.ROOT, "wrote %.1f MB of articles under %s%n", written / 1e6, folder);
  }

  private static List<String> paragraphs() {
    List<String> all = new ArrayList<>();
    for (Article article :
        new CorpusReader(ArticleFormats.standard())
            .read(List.of(IndexDefaults.bundledCorpus()), CorpusReader.Progress.NONE)
            .articles()) {
      all.addAll(article.paragraphs());
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("no bundled articles under " + IndexDefaults.bundledCorpus());
    }
    return all;
  }

  private static long markdown(Path folder, long bytes, List<String> paragraphs, Random random)
      throws IOException {
    long written = 0;
    for (int n = 0; written < bytes; n++) {
      Path file = folder.resolve(String.format("%04d/article-%07d.md", n / 1000, n));
      Files.createDirectories(file.getParent());
      StringBuilder text =
          new StringBuilder("---\ntitle: Generated article ")
              .append(n)
              .append("\npublished: ")
              .append(published(random))
              .append("\nsource: Hotline benchmark\n---\n\n");
      for (int i = 0; i < PARAGRAPHS_PER_ARTICLE; i++) {
        text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
      }
      byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(file, encoded);
      written += encoded.length;
    }
    return written;
  }

  private static long jsonLines(Path file, long bytes, List<String> paragraphs, Random random)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 0; written < bytes; n++) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS_PER_ARTICLE; i++) {
          body.add(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        ObjectNode article =
            json.createObjectNode()
                .put("title", "Generated article " + n)
                .put("published", published(random).toString())
                .put("text", String.join("\n\n", body));
        String line = json.writeValueAsString(article) + "\n";
        out.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return written;
  }

  private static LocalDate published(Random random) {
    return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
  }
}
