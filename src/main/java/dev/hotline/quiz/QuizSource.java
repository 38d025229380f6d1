package dev.hotline.quiz;

import java.time.LocalDate;

/**
 * The article a quiz's answer comes from.
 *
 * @param publisher who published it ("Hotline" for the bundled articles); may be empty
 * @param url its link, or {@code null}
 * @param published when it was published, or {@code null}
 */
public record QuizSource(String title, String publisher, String url, LocalDate published) {
  public QuizSource {
    title = title == null ? "" : title;
    publisher = publisher == null ? "" : publisher;
  }
}
