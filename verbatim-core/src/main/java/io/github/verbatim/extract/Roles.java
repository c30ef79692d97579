package io.github.verbatim.extract;

import io.github.verbatim.text.WordSet;

/**
 * Words that name a role a person speaks in ("secretary", "spokesman", "senator", "head"): used to keep
 * titles inside source phrases and, in speaker resolution, to tell role nominals from other noun phrases.
 */
public final class Roles {

    private static final WordSet WORDS = WordSet.copyOf(java.util.List.of(
            "president", "vice", "secretary", "minister", "senator", "sen.", "representative", "rep.", "governor",
            "gov.", "mayor", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "chairman", "chairwoman",
            "chair", "head", "chief", "leader", "director", "ambassador", "envoy", "commissioner", "official",
            "officials", "adviser", "advisor", "aide", "aides", "candidate", "nominee", "congressman",
            "congresswoman", "lawmaker", "lawmakers", "speaker", "justice", "judge", "attorney", "general",
            "prosecutor", "counsel", "chancellor", "premier", "king", "queen", "prince", "pope", "manager",
            "founder", "ceo", "executive", "analyst", "strategist", "pollster", "professor", "economist",
            "expert", "researcher", "editor", "reporter", "correspondent", "columnist", "host", "anchor",
            "commander", "officer", "sheriff", "chief-of-staff", "deputy", "assistant", "press", "campaign",
            "state", "foreign", "defense", "defence", "treasury", "homeland", "security", "former", "then",
            "republican", "democratic", "democrat", "white", "house", "u.s.", "us", "gop", "party",
            "democrats", "republicans", "spokesmen"));

    /** Head words of role nominals: the last word of "the secretary of state" is not its head; these are. */
    private static final WordSet HEADS = WordSet.copyOf(java.util.List.of(
            "president", "secretary", "minister", "senator", "governor", "mayor", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "chairwoman", "chair", "head", "chief", "leader", "director", "ambassador",
            "envoy", "commissioner", "official", "adviser", "advisor", "aide", "candidate", "nominee",
            "congressman", "congresswoman", "lawmaker", "speaker", "justice", "judge", "prosecutor", "chancellor",
            "premier", "manager", "ceo", "executive", "commander", "officer", "sheriff", "representative",
            "attorney", "historian", "lawyer", "writer", "author", "activist", "scientist", "economist", "analyst",
            "strategist", "pollster", "professor", "spokesperson", "organizer", "founder", "president-elect",
            "owner", "partner", "member", "mother", "father", "son", "daughter", "wife", "husband", "friend",
            "supporter", "voter", "resident", "student", "teacher", "doctor", "nurse", "officer", "trooper",
            "consultant", "operative", "donor", "veteran", "critic", "colleague", "co-founder", "researcher"));

    private Roles() {
    }

    /** True for a lower-case word that may be part of a role title. */
    public static boolean isRoleWord(String lower) {
        return WORDS.contains(lower);
    }

    /** True for a lower-case word that may head a role nominal ("head", "secretary"). */
    public static boolean isRoleHead(String lower) {
        return HEADS.contains(lower);
    }
}
