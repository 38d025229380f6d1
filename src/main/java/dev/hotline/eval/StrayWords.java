package dev.hotline.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Questions with one made-up word put in at a random place of each ("when did the korean war end
 * bruv"): how a slip or a stray word of chat changes the answers.
 */
public final class StrayWords {
  private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
  private static final String VOWELS = "aeiou";

  private StrayWords() {}

  /** Each question with one made-up word added, the same for the same {@code seed}. */
  public static List<EvalQuestion> added(List<EvalQuestion> questions, long seed) {
    Random random = new Random(seed);
    List<EvalQuestion> noisy = new ArrayList<>(questions.size());
    for (EvalQuestion q : questions) {
      List<String> words = new ArrayList<>(Arrays.asList(q.question().strip().split("\\s+")));
      // After the first word, so that a question word keeps its place.
      words.add(1 + random.nextInt(words.size()), word(random));
      noisy.add(
          new EvalQuestion(
              q.id(),
              String.join(" ", words),
              q.answerDate(),
              q.dateAlternatives(),
              q.keywords(),
              q.source(),
              q.type()));
    }
    return noisy;
  }

  /** A pronounceable word of five to seven letters that no dictionary is likely to hold. */
  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
      word.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
    }
    return word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).toString();
  }
}
