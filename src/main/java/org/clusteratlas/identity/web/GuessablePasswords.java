package org.clusteratlas.identity.web;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.List;

/**
 * NIST SP 800-63B asks to refuse passwords that appear in lists of breached or commonly used passwords. zxcvbn ships
 * such a list (the most frequent passwords of public breaches) and estimates how fast a password falls to a guesser
 * that knows them, dictionary words, keyboard walks, dates and the person's own name and address.
 */
final class GuessablePasswords {

    /** Built once: loading the dictionaries is the expensive part; measuring is thread-safe. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private GuessablePasswords() {}

    /**
     * Whether the password is a known breached password as a whole (also reversed or in l33t spelling) or falls to a
     * guesser within about a million guesses (zxcvbn score below 2).
     *
     * @param userInputs what the person typed elsewhere (name, e-mail address): a password built from them is weak
     */
    static boolean isGuessable(String password, List<String> userInputs) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        Strength strength = ZXCVBN.measure(password, userInputs);
        for (Match match : strength.getSequence()) {
            boolean wholePassword = match.i == 0 && match.j == password.length() - 1;
            if (wholePassword && match.pattern == Pattern.Dictionary && "passwords".equals(match.dictionaryName)) {
                return true;
            }
        }
        return strength.getScore() < 2;
    }
}
