package io.github.verbatim.resolve;

import io.github.verbatim.extract.Roles;
import io.github.verbatim.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides what kind of phrase a source mention is and, for names, splits a title or role given in
 * apposition from the name ("US Secretary of State Anthony Blinken" → role "US Secretary of State", name
 * "Anthony Blinken"). Works from capitalisation and small word lists. Stateless.
 */
final class MentionClassifier {

    static final WordSet PERSONAL_PRONOUNS = WordSet.of("he", "she", "i", "him", "her");
    static final WordSet GROUP_PRONOUNS = WordSet.of("they", "we", "it", "you", "who");

    private static final WordSet DOCUMENTS = WordSet.of("statement", "report", "letter", "memo", "release",
            "speech", "study", "poll", "survey", "document", "documents", "filing", "complaint", "lawsuit", "ad",
            "advertisement", "video", "email", "emails", "tweet", "post", "analysis", "book", "article", "story",
            "transcript", "text", "message", "note", "order", "ruling", "indictment", "data", "records", "website",
            "editorial", "op-ed", "interview", "plan", "bill", "proposal", "resolution", "platform", "research");

    private static final WordSet ORG_WORDS = WordSet.of("house", "department", "office", "ministry", "committee",
            "party", "council", "agency", "bureau", "union", "organization", "organisation", "court", "senate",
            "congress", "times", "post", "news", "press", "university", "institute", "foundation", "association",
            "campaign", "administration", "government", "commission", "group", "center", "centre", "network",
            "journal", "magazine", "company", "corporation", "inc", "inc.", "corp", "corp.", "bank", "service",
            "fund", "pac", "reuters", "ap", "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "nato", "fbi", "cia",
            "pentagon", "kremlin", "police", "army", "navy", "board", "club", "coalition", "alliance", "federation",
            "channel", "project", "caucus", "assembly", "parliament", "cabinet", "team", "staff");

    private static final WordSet TITLES = WordSet.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen",
            "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.", "prof", "prof.", "rev", "rev.", "sir", "dame",
            "lord", "lady", "president", "senator", "governor", "secretary", "minister", "mayor", "judge",
            "justice", "pope", "king", "queen", "prince", "chancellor", "premier", "ambassador", "chairman",
            "speaker", "leader", "representative", "congressman", "congresswoman", "spokesman", "spokeswoman",
            "candidate", "nominee", "former", "vice", "chief", "attorney", "general", "commissioner", "director");

    private static final WordSet NATIONALITIES = WordSet.of("us", "u.s.", "u.s", "american", "british", "uk", "u.k.",
            "french", "german", "russian", "chinese", "israeli", "iranian", "syrian", "turkish", "european", "eu",
            "republican", "democratic", "democrat", "gop", "state", "foreign", "white", "house", "defense",
            "defence", "treasury", "homeland", "security", "press", "campaign", "deputy", "assistant", "top",
            "senior", "then", "un", "u.n.", "nato", "japanese", "indian", "canadian", "mexican", "ukrainian");

    private static final WordSet HONORIFICS = WordSet.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");

    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "that", "these", "those", "my", "your");

    private MentionClassifier() {
    }

    /** Classifies the phrase {@code text} whose tokens are {@code tokens} (original case). */
    static Mention classify(int start, int end, String text, List<String> tokens) {
        List<String> forms = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            forms.add(form(t));
        }
        return classify(start, end, text, tokens, forms);
    }

    /** The form a token is classified by: lower case, {@code \u2019} folded to {@code '}. */
    static String form(String token) {
        return token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * As {@link #classify(int, int, String, List)} with the tokens' forms ({@link #form}) given, one per token;
     * the list is not kept.
     */
    static Mention classify(int start, int end, String text, List<String> tokens, List<String> forms) {
        if (forms.size() == 1 && (PERSONAL_PRONOUNS.contains(forms.get(0)) || GROUP_PRONOUNS.contains(forms.get(0)))) {
            return new Mention(start, end, text, forms, MentionKind.PRONOUN, "", "");
        }
        boolean anyCap = false;
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
                anyCap = true;
            }
        }
        String head = forms.get(forms.size() - 1);
        if (!anyCap) {
            if (DOCUMENTS.contains(head) && DETERMINERS.contains(forms.get(0))) {
                return new Mention(start, end, text, forms, MentionKind.DOCUMENT, "", "");
            }
            if (DETERMINERS.contains(forms.get(0)) && containsRoleHead(forms)) {
                return new Mention(start, end, text, forms, MentionKind.ROLE_NOMINAL, "", "");
            }
            return new Mention(start, end, text, forms, MentionKind.OTHER, "", "");
        }
        if (DETERMINERS.contains(forms.get(0))) {
            for (int i = 1; i < forms.size(); i++) {
                if (DOCUMENTS.contains(forms.get(i)) && Character.isLowerCase(tokens.get(i).charAt(0))) {
                    // "an Associated Press-GfK poll released Thursday"
                    return new Mention(start, end, text, forms, MentionKind.DOCUMENT, "", "");
                }
            }
        }
        boolean personAfterRole = false;
        for (int i = 0; i + 1 < forms.size(); i++) {
            // "White House press secretary Josh Earnest": a role head followed by capitalised name words only
            if (Roles.isRoleHead(forms.get(i)) && !tokens.get(i + 1).isEmpty()
                    && Character.isUpperCase(tokens.get(i + 1).charAt(0))) {
                boolean nameOnly = true;
                for (int k = i + 1; k < forms.size(); k++) {
                    nameOnly &= !ORG_WORDS.contains(forms.get(k)) && !tokens.get(k).isEmpty()
                            && Character.isUpperCase(tokens.get(k).charAt(0));
                }
                personAfterRole |= nameOnly;
            }
        }
        for (String f : forms) {
            if (ORG_WORDS.contains(f) && !personAfterRole) {
                if (DETERMINERS.contains(forms.get(0)) && containsRoleHead(forms) && !anyCapAfterDeterminer(tokens)) {
                    break;
                }
                if (DETERMINERS.contains(forms.get(0)) && containsRoleHead(forms.subList(0, Math.min(3, forms.size())))) {
                    return new Mention(start, end, text, forms, MentionKind.ROLE_NOMINAL, "", "");
                }
                return new Mention(start, end, text, forms, MentionKind.ORGANISATION, stripDeterminer(tokens), "");
            }
        }
        if (DETERMINERS.contains(forms.get(0)) && containsRoleHead(forms)) {
            return new Mention(start, end, text, forms, MentionKind.ROLE_NOMINAL, "", "");
        }
        // split a role or title in apposition from the name: scan from the end over name tokens
        int nameStart = tokens.size();
        while (nameStart > 0) {
            String t = tokens.get(nameStart - 1);
            String f = forms.get(nameStart - 1);
            boolean cap = !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)));
            if (!cap || TITLES.contains(f) || NATIONALITIES.contains(f) || Roles.isRoleWord(f)
                    || nameStart < tokens.size() - 3) {
                break;
            }
            nameStart--;
        }
        // keep particles such as "'s" out; the name needs at least one token
        if (nameStart == tokens.size()) {
            return new Mention(start, end, text, forms, MentionKind.OTHER, "", "");
        }
        String name = String.join(" ", tokens.subList(nameStart, tokens.size()));
        String role = "";
        if (nameStart > 0) {
            int roleStart = DETERMINERS.contains(forms.get(0)) ? 1 : 0;
            List<String> roleTokens = new ArrayList<>(tokens.subList(roleStart, nameStart));
            while (!roleTokens.isEmpty() && HONORIFICS.contains(roleTokens.get(roleTokens.size() - 1).toLowerCase(Locale.ROOT))) {
                roleTokens.remove(roleTokens.size() - 1);
            }
            boolean hasRole = false;
            for (String r : roleTokens) {
                String f = r.toLowerCase(Locale.ROOT);
                if (Roles.isRoleHead(f) || TITLES.contains(f) && f.length() > 4) {
                    hasRole = true;
                }
            }
            if (hasRole) {
                role = String.join(" ", roleTokens);
            }
        }
        return new Mention(start, end, text, forms, MentionKind.NAME, name, role);
    }

    private static boolean anyCapAfterDeterminer(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsRoleHead(List<String> forms) {
        for (String f : forms) {
            if (Roles.isRoleHead(f)) {
                return true;
            }
        }
        return false;
    }

    private static String stripDeterminer(List<String> tokens) {
        int from = !tokens.isEmpty() && DETERMINERS.contains(tokens.get(0).toLowerCase(Locale.ROOT)) ? 1 : 0;
        return String.join(" ", tokens.subList(from, tokens.size()));
    }

    /** Words of a role nominal or role without determiner and nationality, lower case ("secretary of state"). */
    static List<String> roleCore(List<String> forms) {
        int from = 0;
        while (from < forms.size() && (DETERMINERS.contains(forms.get(from)) || NATIONALITIES.contains(forms.get(from))
                && from + 1 < forms.size() && !forms.get(from).equals("state"))) {
            from++;
        }
        return forms.subList(from, forms.size());
    }
}
