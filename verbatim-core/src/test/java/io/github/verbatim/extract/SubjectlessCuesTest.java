package io.github.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.verbatim.model.AttributionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubjectlessCuesTest {

    @Test
    void passivesAndRaisingVerbsTakeNoSubject() {
        for (String cue : List.of("was announced", "is expected to", "has been harshly criticized",
                "have been accused of", "have sometimes been accused of", "is being investigated", "got fired",
                "were never shown", "will be talked about", "seems",
                "Appeared", "seemed to capture", "is known")) {
            assertTrue(SubjectlessCues.takesNoSubject(cue), cue);
        }
    }

    @Test
    void activeCuesAndAttitudesKeepTheirSubject() {
        for (String cue : List.of("said", "has said", "told", "is saying", "was asked to say", "were worried",
                "is convinced", "are concerned that", "argued", "according to", "has warned", "is a")) {
            assertEquals(cue.equals("was asked to say"), SubjectlessCues.takesNoSubject(cue), cue);
        }
    }

    @Test
    void dropsOnlyTheSourceBeforeAPassiveCueOfAReportedStatement() {
        String text = "Mr. Effron has been mentioned as a potential Treasury secretary.";
        CharRange source = range(text, "Mr. Effron");
        CharRange cue = range(text, "has been mentioned as");
        CharRange content = range(text, "a potential Treasury secretary");
        Candidate indirect = new Candidate(AttributionKind.INDIRECT, List.of(content), cue, source, 0.6, "learned");
        Candidate out = SubjectlessCues.withoutSubjects(text, List.of(indirect)).get(0);
        assertNull(out.source());
        assertEquals(cue, out.cue());
        assertEquals(indirect.content(), out.content());
        Candidate direct = new Candidate(AttributionKind.DIRECT, List.of(content), cue, source, 0.6, "learned");
        List<Candidate> kept = List.of(direct);
        assertSame(kept, SubjectlessCues.withoutSubjects(text, kept));
    }

    @Test
    void anAgentAfterTheCueStays() {
        String text = "The plan was criticized by Senator Smith as reckless.";
        CharRange cue = range(text, "was criticized");
        CharRange source = range(text, "Senator Smith");
        Candidate c = new Candidate(AttributionKind.INDIRECT, List.of(range(text, "as reckless")), cue, source, 0.6,
                "r");
        assertEquals(source, SubjectlessCues.withoutSubjects(text, List.of(c)).get(0).source());
    }

    @Test
    void randomCandidatesChangeOnlyInTheirSourceAndOnlyOnce() {
        Random random = new Random(7);
        String[] words = {"was", "is", "been", "has", "said", "seems", "announced", "expected", "worried", "told",
            "the", "plan", "Smith", "quickly", "not", "shown", "appeared", "to", "by"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            List<Candidate> candidates = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                int s = text.length();
                text.append(words[random.nextInt(words.length)]).append(' ');
                int c0 = text.length();
                for (int w = 0; w < 1 + random.nextInt(3); w++) {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                }
                int c1 = text.length() - 1;
                int n0 = text.length();
                text.append(words[random.nextInt(words.length)]).append(". ");
                AttributionKind kind = AttributionKind.values()[random.nextInt(AttributionKind.values().length)];
                boolean before = random.nextBoolean();
                CharRange cue = new CharRange(c0, c1);
                CharRange source = before ? new CharRange(s, c0 - 1) : new CharRange(n0, n0 + 1);
                candidates.add(new Candidate(kind, List.of(new CharRange(n0, text.length() - 2)), cue,
                        random.nextInt(5) == 0 ? null : source, 0.5, "r"));
            }
            List<Candidate> out = SubjectlessCues.withoutSubjects(text.toString(), candidates);
            assertEquals(candidates.size(), out.size());
            for (int i = 0; i < out.size(); i++) {
                Candidate a = candidates.get(i);
                Candidate b = out.get(i);
                assertEquals(a.kind(), b.kind());
                assertEquals(a.cue(), b.cue());
                assertEquals(a.content(), b.content());
                if (b.source() == null && a.source() != null) {
                    assertEquals(AttributionKind.INDIRECT, a.kind());
                    assertTrue(a.source().end() <= a.cue().start());
                } else {
                    assertEquals(a.source(), b.source());
                }
            }
            assertEquals(out, SubjectlessCues.withoutSubjects(text.toString(), out));
        }
    }

    private static CharRange range(String text, String part) {
        int at = text.indexOf(part);
        return new CharRange(at, at + part.length());
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> SubjectlessCues.takesNoSubject(null));
        assertFalse(SubjectlessCues.takesNoSubject(""));
    }
}
