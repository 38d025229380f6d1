package dev.hotline.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which English words are nouns and which only verbs, adjectives or adverbs, as WordNet 3.1's
 * index files list them; read on first need.
 */
final class WordClasses {
  private static final String FOLDER = "/net/sf/extjwnl/data/wordnet/wn31/";

  /** A part of speech, its WordNet file name, and the endings its inflected forms drop. */
  private enum Part {
    NOUN("noun", "s:", "ses:s", "xes:x", "zes:z", "ches:ch", "shes:sh", "men:man", "ies:y"),
    VERB("verb", "s:", "ies:y", "es:e", "es:", "ed:e", "ed:", "ing:e", "ing:"),
    ADJECTIVE("adj", "er:", "est:", "er:e", "est:e"),
    ADVERB("adv");

    final String file;
    final List<String[]> endings;

    Part(String file, String... endings) {
      this.file = file;
      this.endings = java.util.Arrays.stream(endings).map(e -> e.split(":", -1)).toList();
    }
  }

  /** The lemmas and the irregular forms of each part of speech. */
  private record Lexicon(Map<Part, Set<String>> lemmas, Map<Part, Map<String, String>> irregular) {}

  private final OnFirstNeed<Lexicon> lexicon = new OnFirstNeed<>(WordClasses::read);

  /**
   * Whether {@code word} is an English word none of whose readings is a noun ("rosy", "dangle",
   * "forgetting"): it tells how the asker puts a thing, and cannot be the name of one.
   */
  boolean onlyTells(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean any = false;
    for (Part part : Part.values()) {
      if (isA(lower, part)) {
        if (part == Part.NOUN) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Whether the dictionary lists {@code word} as a verb, whatever else it may be. */
  boolean verb(String word) {
    return isA(word.toLowerCase(Locale.ROOT), Part.VERB);
  }

  /** Whether the dictionary lists {@code word} as an adverb, whatever else it may be. */
  boolean adverb(String word) {
    return isA(word.toLowerCase(Locale.ROOT), Part.ADVERB);
  }

  /** Whether the dictionary lists {@code word} at all, in any part of speech. */
  boolean listed(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (Part part : Part.values()) {
      if (isA(lower, part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The forms of an irregular verb, its lemma included ("become", "became"), when {@code word} is
   * one of them; otherwise empty.
   */
  Set<String> verbForms(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Map<String, Set<String>> forms = verbForms.get();
    Set<String> ofLemma = forms.get(lower);
    return ofLemma != null ? ofLemma : Set.of();
  }

  /** Each irregular verb's forms, by each of them; read apart from the lexicon, as it is small. */
  private final OnFirstNeed<Map<String, Set<String>>> verbForms =
      new OnFirstNeed<>(WordClasses::readVerbForms);

  private static Map<String, Set<String>> readVerbForms() {
    Map<String, Set<String>> byLemma = new HashMap<>();
    lines(Part.VERB.file + ".exc", line -> {
      String[] fields = line.split(" ");
      if (fields.length >= 2) {
        Set<String> forms = byLemma.computeIfAbsent(fields[1], lemma -> new HashSet<>());
        forms.add(fields[1]);
        forms.add(fields[0]);
      }
    });
    Map<String, Set<String>> byForm = new HashMap<>();
    byLemma.values().forEach(forms -> {
      Set<String> all = Set.copyOf(forms);
      all.forEach(form -> byForm.putIfAbsent(form, all));
    });
    return byForm;
  }

  private boolean isA(String word, Part part) {
    Lexicon words = lexicon.get();
    Set<String> lemmas = words.lemmas().get(part);
    if (lemmas.contains(word)) {
      return true;
    }
    String irregular = words.irregular().get(part).get(word);
    if (irregular != null && lemmas.contains(irregular)) {
      return true;
    }
    for (String[] ending : part.endings) {
      if (word.length() > ending[0].length() + 1 && word.endsWith(ending[0])) {
        String stem = word.substring(0, word.length() - ending[0].length());
        if (lemmas.contains(stem + ending[1])) {
          return true;
        }
        // "stopped", "hottest": the consonant doubled before the ending.
        int n = stem.length();
        if (ending[1].isEmpty()
            && n > 2
            && stem.charAt(n - 1) == stem.charAt(n - 2)
            && lemmas.contains(stem.substring(0, n - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A value read once, by the first caller that needs it. */
  private static final class OnFirstNeed<T> {
    private final java.util.function.Supplier<T> reader;
    private volatile T value;

    OnFirstNeed(java.util.function.Supplier<T> reader) {
      this.reader = reader;
    }

    T get() {
      T read = value;
      if (read == null) {
        synchronized (this) {
          read = value;
          if (read == null) {
            read = reader.get();
            value = read;
          }
        }
      }
      return read;
    }
  }

  private static Lexicon read() {
    Map<Part, Set<String>> lemmas = new java.util.EnumMap<>(Part.class);
    Map<Part, Map<String, String>> irregular = new java.util.EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      Set<String> words = new HashSet<>();
      // A lemma starts its line; the licence above the lemmas is indented.
      lines("index." + part.file, line -> {
        int space = line.indexOf(' ');
        if (space > 0 && line.charAt(0) != ' ') {
          words.add(line.substring(0, space));
        }
      });
      Map<String, String> forms = new HashMap<>();
      // An irregular form, then its lemma: "went go".
      lines(part.file + ".exc", line -> {
        String[] fields = line.split(" ");
        if (fields.length >= 2) {
          forms.putIfAbsent(fields[0], fields[1]);
        }
      });
      lemmas.put(part, words);
      irregular.put(part, forms);
    }
    return new Lexicon(lemmas, irregular);
  }

  private static void lines(String file, java.util.function.Consumer<String> each) {
    try (InputStream in = WordClasses.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("WordNet's " + file + " is missing from the classpath");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        each.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading WordNet's " + file, e);
    }
  }
}
