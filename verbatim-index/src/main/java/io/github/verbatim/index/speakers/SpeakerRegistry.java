package io.github.verbatim.index.speakers;

import io.github.verbatim.index.statements.UnionFind;
import io.github.verbatim.index.text.StableHash;
import io.github.verbatim.index.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges per-article speakers into speakers across articles.
 *
 * <p>Rules, most certain first:
 * <ol>
 *   <li>Observations with the same full name (after folding case, diacritics and honorifics) are one speaker.</li>
 *   <li>Two full names with the same surname merge only when they are compatible (same given name or a
 *       one-letter spelling variant, a short form ("Ash"/"Ashton") or an initial of it; middle names equal or
 *       one missing; same suffix) and the evidence supports it. A missing middle name merges when the bare
 *       form has exactly one fuller reading and they share a role or an outlet; a different given name needs
 *       a shared role, or a shared outlet and a form at least {@value #DOMINANCE} times rarer than the other.
 *       Merges without the given name changing are made first. A name with several such candidates
 *       merges with none; two groups merge only if every pair of their names is compatible, so "George H. W.
 *       Bush" and "George W. Bush" never meet.</li>
 *   <li>A bare surname ("Blinken") joins a full-name speaker when its own article names exactly one person
 *       of that surname; else, when it has a role, the candidate most often given a matching role, if it has
 *       at least {@value #ROLE_MARGIN} times the matches of the runner-up; else, with no role to go on,
 *       when one candidate shares its outlet and has at least {@value #DOMINANCE} times the articles of all
 *       other candidates together. Otherwise it stays a speaker of its own, named as written.</li>
 * </ol>
 * Different people who share a surname are therefore never merged through the surname alone. Other names
 * ("Reuters", "the Pentagon") merge when identical; descriptions ("the company", "analysts") never leave
 * their article.
 *
 * <p>The result does not depend on the input order. Plain Java, no storage types; immutable and thread-safe.
 */
public final class SpeakerRegistry {

    /** How many times more frequent the dominant reading must be for frequency to count as evidence. */
    public static final int DOMINANCE = 10;
    /** Common English short forms of given names, as "short/full". */
    private static final Set<String> NICKNAMES = Set.of("joe/joseph", "bill/william", "will/william",
            "ted/edward", "ed/edward", "jake/jacob", "jack/john", "bob/robert", "rob/robert", "mike/michael",
            "jim/james", "jimmy/james", "tom/thomas", "dick/richard", "rick/richard", "chris/christopher",
            "dan/daniel", "dave/david", "steve/steven", "steve/stephen", "tony/anthony", "tony/antony",
            "liz/elizabeth", "beth/elizabeth", "kate/katherine", "kathy/katherine", "sam/samuel", "ben/benjamin",
            "nick/nicholas", "pat/patrick", "andy/andrew", "matt/matthew", "greg/gregory", "jeff/jeffrey",
            "chuck/charles", "charlie/charles", "larry/lawrence", "jerry/gerald", "hank/henry", "newt/newton");

    /** How many times more role-matching articles the chosen reading of a bare surname must have. */
    public static final int ROLE_MARGIN = 3;

    /** Builds the registry; observation ids must be unique. */
    public SpeakerDirectory build(Collection<SpeakerObservation> input) {
        List<SpeakerObservation> obs = new ArrayList<>(input);
        obs.sort(Comparator.comparing(SpeakerObservation::id));
        for (int i = 1; i < obs.size(); i++) {
            if (obs.get(i).id().equals(obs.get(i - 1).id())) {
                throw new IllegalArgumentException("duplicate observation id '" + obs.get(i).id() + "'");
            }
        }
        PersonName[] names = new PersonName[obs.size()];
        for (int i = 0; i < obs.size(); i++) {
            names[i] = fullest(obs.get(i));
        }
        // 1. nodes by full-name key
        TreeMap<String, FullNameNode> nodes = new TreeMap<>();
        for (int i = 0; i < obs.size(); i++) {
            if (names[i] != null && !names[i].surnameOnly()) {
                nodes.computeIfAbsent(names[i].key(), k -> new FullNameNode(k)).add(i, names[i], obs.get(i));
            }
        }
        List<FullNameNode> nodeList = new ArrayList<>(nodes.values());
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int n = 0; n < nodeList.size(); n++) {
            nodeIndex.put(nodeList.get(n).key, n);
        }
        Map<String, List<FullNameNode>> bySurname = new TreeMap<>();
        for (FullNameNode node : nodeList) {
            bySurname.computeIfAbsent(node.name.surname(), k -> new ArrayList<>()).add(node);
        }
        // 2. compatible, evidenced full names
        UnionFind groups = new UnionFind(nodeList.size());
        Map<Integer, List<FullNameNode>> members = new HashMap<>();
        for (int n = 0; n < nodeList.size(); n++) {
            members.put(n, new ArrayList<>(List.of(nodeList.get(n))));
        }
        for (boolean givenNameDiffers : new boolean[] {false, true}) {
            for (List<FullNameNode> sameSurname : bySurname.values()) {
                List<FullNameNode> bySize = new ArrayList<>(sameSurname);
                bySize.sort(Comparator.comparingInt((FullNameNode x) -> x.count()).thenComparing(x -> x.key));
                for (int a = 0; a < bySize.size(); a++) {
                    FullNameNode small = bySize.get(a);
                    Set<Integer> roots = new TreeSet<>();
                    for (int b = a + 1; b < bySize.size(); b++) {
                        FullNameNode large = bySize.get(b);
                        Difference d = difference(small.name, large.name);
                        boolean inPass = givenNameDiffers
                                ? d == Difference.SPELLING || d == Difference.INITIAL
                                : d == Difference.SAME || d == Difference.MIDDLE;
                        if (inPass && supported(small, large, d, sameSurname)) {
                            roots.add(groups.find(nodeIndex.get(large.key)));
                        }
                    }
                    int ra = groups.find(nodeIndex.get(small.key));
                    roots.remove(ra);
                    if (roots.size() == 1) {
                        int rb = roots.iterator().next();
                        if (allCompatible(members.get(ra), members.get(rb))) {
                            groups.union(ra, rb);
                            int root = groups.find(ra);
                            List<FullNameNode> joined = new ArrayList<>(members.remove(ra));
                            joined.addAll(members.remove(rb));
                            members.put(root, joined);
                        }
                    }
                }
            }
        }
        // group key per full-name node
        Map<String, String> groupOfNode = new HashMap<>();
        Map<String, Group> groupByKey = new TreeMap<>();
        for (Map.Entry<Integer, List<FullNameNode>> e : members.entrySet()) {
            String key = e.getValue().stream().map(x -> x.key).min(Comparator.naturalOrder()).orElseThrow();
            Group g = new Group(key);
            for (FullNameNode node : e.getValue()) {
                groupOfNode.put(node.key, key);
                g.nodes.add(node);
            }
            groupByKey.put(key, g);
        }
        Map<String, List<Group>> candidatesBySurname = new HashMap<>();
        for (Group g : groupByKey.values()) {
            candidatesBySurname.computeIfAbsent(g.nodes.get(0).name.surname(), k -> new ArrayList<>()).add(g);
        }
        for (List<Group> list : candidatesBySurname.values()) {
            list.sort(Comparator.comparing(g -> g.key));
        }
        // article context: surname -> groups named in full in that article
        Map<String, Set<String>> articleSurnameGroups = new HashMap<>();
        for (int i = 0; i < obs.size(); i++) {
            if (names[i] != null && !names[i].surnameOnly()) {
                articleSurnameGroups.computeIfAbsent(obs.get(i).articleKey() + "\u0000" + names[i].surname(),
                        k -> new TreeSet<>()).add(groupOfNode.get(names[i].key()));
            }
        }
        // 3. every observation to a speaker key
        String[] speakerKey = new String[obs.size()];
        for (int i = 0; i < obs.size(); i++) {
            SpeakerObservation o = obs.get(i);
            PersonName p = names[i];
            if (p == null && isDescription(o.name())) {
                // "the company", "analysts": a different referent in every article, never merged across them
                speakerKey[i] = "d:" + o.articleKey() + "\u0000" + Words.fold(o.name().strip());
            } else if (p == null) {
                speakerKey[i] = "x:" + Words.fold(o.name().strip());
            } else if (!p.surnameOnly()) {
                speakerKey[i] = "p:" + groupOfNode.get(p.key());
            } else {
                Group g = resolveSurname(o, p, candidatesBySurname.getOrDefault(p.surname(), List.of()),
                        articleSurnameGroups.get(o.articleKey() + "\u0000" + p.surname()), groupByKey);
                speakerKey[i] = g != null ? "p:" + g.key : "s:" + p.key();
            }
        }
        return directory(obs, speakerKey);
    }

    private static Group resolveSurname(SpeakerObservation o, PersonName p, List<Group> candidates,
                                        Set<String> inArticle, Map<String, Group> groupByKey) {
        if (candidates.isEmpty()) {
            return null;
        }
        if (inArticle != null && inArticle.size() == 1) {
            return groupByKey.get(inArticle.iterator().next());
        }
        List<RoleKey> roles = o.roles().stream().map(RoleKey::of).filter(r -> !r.words().isEmpty()).toList();
        if (!roles.isEmpty()) {
            // roles are noisy: the candidate most often given a matching role wins by a clear margin
            Group best = null;
            int bestScore = 0;
            int secondScore = 0;
            for (Group g : candidates) {
                int score = g.roleSupport(roles);
                if (score > bestScore) {
                    secondScore = bestScore;
                    bestScore = score;
                    best = g;
                } else if (score > secondScore) {
                    secondScore = score;
                }
            }
            if (bestScore > 0) {
                return bestScore >= ROLE_MARGIN * secondScore ? best : null;
            }
        }
        Group top = null;
        int total = 0;
        for (Group g : candidates) {
            total += g.articles();
            if (top == null || g.articles() > top.articles()) {
                top = g;
            }
        }
        int others = total - top.articles();
        boolean dominant = top.articles() >= DOMINANCE * Math.max(1, others) || candidates.size() == 1;
        return dominant && o.outlet() != null && top.outlets().contains(o.outlet()) ? top : null;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "one", "some", "many", "several", "two", "three");

    /**
     * A description rather than a name: it starts in lower case ("analysts"), or with a determiner followed by a
     * lower-case word ("The company", "A senior official").
     */
    static boolean isDescription(String name) {
        List<Words.Word> words = Words.of(name);
        if (words.isEmpty()) {
            return true;
        }
        String first = words.get(0).surface();
        if (!Character.isUpperCase(first.codePointAt(0))) {
            return true;
        }
        return words.size() > 1 && DETERMINERS.contains(words.get(0).norm())
                && !Character.isUpperCase(words.get(1).surface().codePointAt(0));
    }

    private static boolean supported(FullNameNode small, FullNameNode large, Difference d,
                                     List<FullNameNode> sameSurname) {
        boolean sharedOutlet = !java.util.Collections.disjoint(small.outlets, large.outlets);
        if (d == Difference.MIDDLE) {
            // "Donald Trump" / "Donald J. Trump": only when the bare form has exactly one fuller reading
            FullNameNode bare = small.name.middles().isEmpty() ? small : large;
            long readings = sameSurname.stream().filter(n -> n.name.given().equals(bare.name.given())
                    && !n.name.middles().isEmpty()).map(n -> initials(n.name.middles())).distinct().count();
            return readings == 1 && (small.sharesRole(large) || sharedOutlet);
        }
        if (small.sharesRole(large)) {
            return true;
        }
        return large.count() >= DOMINANCE * small.count() && sharedOutlet;
    }

    private static boolean allCompatible(List<FullNameNode> a, List<FullNameNode> b) {
        for (FullNameNode x : a) {
            for (FullNameNode y : b) {
                if (difference(x.name, y.name) == Difference.INCOMPATIBLE) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How two full names with the same surname differ. */
    private enum Difference { SAME, MIDDLE, SPELLING, INITIAL, INCOMPATIBLE }

    private static Difference difference(PersonName a, PersonName b) {
        if (!a.surname().equals(b.surname()) || !a.suffix().equals(b.suffix())) {
            return Difference.INCOMPATIBLE;
        }
        String ma = initials(a.middles());
        String mb = initials(b.middles());
        boolean middleDiffers = !ma.equals(mb);
        if (middleDiffers && !ma.isEmpty() && !mb.isEmpty()) {
            return Difference.INCOMPATIBLE;
        }
        String ga = a.given();
        String gb = b.given();
        if (ga.equals(gb)) {
            return middleDiffers ? Difference.MIDDLE : Difference.SAME;
        }
        if ((ga.length() == 1 || gb.length() == 1) && ga.charAt(0) == gb.charAt(0)) {
            return Difference.INITIAL;
        }
        if (ga.length() >= 4 && gb.length() >= 4 && ga.charAt(0) == gb.charAt(0) && editDistanceOne(ga, gb)) {
            return Difference.SPELLING;
        }
        if (NICKNAMES.contains(ga + "/" + gb) || NICKNAMES.contains(gb + "/" + ga)) {
            return Difference.SPELLING;
        }
        String shorter = ga.length() < gb.length() ? ga : gb;
        if (shorter.length() >= 3 && (ga.startsWith(gb) || gb.startsWith(ga))) {
            return Difference.SPELLING;
        }
        return Difference.INCOMPATIBLE;
    }

    private static String initials(List<String> middles) {
        if (middles.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String m : middles) {
            sb.append(m.length() <= 2 ? m : m.substring(0, 1));
        }
        return sb.toString();
    }

    private static boolean editDistanceOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }

    /** The fullest person name among the observation's name and aliases that share its surname. */
    private static PersonName fullest(SpeakerObservation o) {
        PersonName best = PersonName.parse(o.name());
        if (best == null || !best.surnameOnly()) {
            return best;
        }
        for (String alias : new TreeSet<>(o.aliases())) {
            PersonName p = PersonName.parse(alias);
            if (p != null && !p.surnameOnly() && p.surname().equals(best.surname())
                    && (best.surnameOnly() || p.key().compareTo(best.key()) < 0)) {
                best = p;
            }
        }
        return best;
    }

    private static SpeakerDirectory directory(List<SpeakerObservation> obs, String[] speakerKey) {
        Map<String, List<SpeakerObservation>> bySpeaker = new TreeMap<>();
        for (int i = 0; i < obs.size(); i++) {
            bySpeaker.computeIfAbsent(speakerKey[i], k -> new ArrayList<>()).add(obs.get(i));
        }
        List<RegisteredSpeaker> speakers = new ArrayList<>();
        Map<String, String> speakerOf = new HashMap<>();
        for (Map.Entry<String, List<SpeakerObservation>> e : bySpeaker.entrySet()) {
            RegisteredSpeaker s = speaker("sp-" + StableHash.hex(e.getKey()), e.getValue());
            speakers.add(s);
            for (SpeakerObservation o : e.getValue()) {
                speakerOf.put(o.id(), s.id());
            }
        }
        speakers.sort(Comparator.comparingInt(RegisteredSpeaker::statements).reversed()
                .thenComparing(RegisteredSpeaker::name).thenComparing(RegisteredSpeaker::id));
        return new SpeakerDirectory(speakers, speakerOf);
    }

    private static RegisteredSpeaker speaker(String id, List<SpeakerObservation> obs) {
        Map<String, Integer> nameCounts = new TreeMap<>();
        TreeSet<String> allNames = new TreeSet<>();
        TreeSet<String> outlets = new TreeSet<>();
        Set<String> articles = new HashSet<>();
        int statements = 0;
        Map<String, Map<String, Integer>> roleForms = new TreeMap<>();
        Map<String, LocalDate[]> roleDates = new HashMap<>();
        for (SpeakerObservation o : obs) {
            String name = o.name().strip();
            nameCounts.merge(name, 1, Integer::sum);
            allNames.add(name);
            for (String a : o.aliases()) {
                allNames.add(a.strip());
            }
            if (o.outlet() != null) {
                outlets.add(o.outlet());
            }
            articles.add(o.articleKey());
            statements += o.statements();
            for (String role : o.roles()) {
                RoleKey k = RoleKey.of(role);
                String key = String.join(" ", k.qualifiers()) + "|" + String.join(" ", k.words());
                roleForms.computeIfAbsent(key, x -> new TreeMap<>()).merge(role.strip(), 1, Integer::sum);
                LocalDate[] dates = roleDates.computeIfAbsent(key, x -> new LocalDate[2]);
                if (o.published() != null) {
                    if (dates[0] == null || o.published().isBefore(dates[0])) {
                        dates[0] = o.published();
                    }
                    if (dates[1] == null || o.published().isAfter(dates[1])) {
                        dates[1] = o.published();
                    }
                }
            }
        }
        String name = nameCounts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getValue())
                        .thenComparingInt(x -> x.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        allNames.remove(name);
        List<DatedRole> roles = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : roleForms.entrySet()) {
            String form = e.getValue().entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getValue())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            LocalDate[] d = roleDates.get(e.getKey());
            roles.add(new DatedRole(form, d[0], d[1]));
        }
        roles.sort(Comparator.comparing(DatedRole::role));
        List<String> ids = obs.stream().map(SpeakerObservation::id).sorted().toList();
        return new RegisteredSpeaker(id, name, List.copyOf(allNames), roles, List.copyOf(outlets), articles.size(),
                statements, ids);
    }

    /** All observations of one exact full name. */
    private static final class FullNameNode {
        final String key;
        PersonName name;
        final List<Integer> observations = new ArrayList<>();
        final Set<String> outlets = new HashSet<>();
        final Set<String> articles = new HashSet<>();
        final List<RoleKey> roles = new ArrayList<>();
        final List<List<RoleKey>> rolesPerObservation = new ArrayList<>();

        FullNameNode(String key) {
            this.key = key;
        }

        void add(int index, PersonName n, SpeakerObservation o) {
            name = n;
            observations.add(index);
            if (o.outlet() != null) {
                outlets.add(o.outlet());
            }
            articles.add(o.articleKey());
            List<RoleKey> mine = new ArrayList<>();
            for (String r : o.roles()) {
                RoleKey k = RoleKey.of(r);
                if (!k.words().isEmpty()) {
                    mine.add(k);
                    if (!roles.contains(k)) {
                        roles.add(k);
                    }
                }
            }
            rolesPerObservation.add(mine);
        }

        int count() {
            return articles.size();
        }

        boolean sharesRole(FullNameNode other) {
            return sharesRole(other.roles);
        }

        /** Observations of this name given a role matching one of {@code others}. */
        int roleSupport(List<RoleKey> others) {
            int support = 0;
            for (List<RoleKey> mine : rolesPerObservation) {
                boolean match = false;
                for (RoleKey a : mine) {
                    for (RoleKey b : others) {
                        match |= a.matches(b);
                    }
                }
                support += match ? 1 : 0;
            }
            return support;
        }

        boolean sharesRole(List<RoleKey> others) {
            for (RoleKey a : roles) {
                for (RoleKey b : others) {
                    if (a.matches(b)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Full-name nodes merged into one speaker; its article and outlet sets are computed once, when complete. */
    private static final class Group {
        final String key;
        final List<FullNameNode> nodes = new ArrayList<>();

        Group(String key) {
            this.key = key;
        }

        private Set<String> articleSet;
        private Set<String> outletSet;

        int articles() {
            if (articleSet == null) {
                articleSet = new HashSet<>();
                for (FullNameNode n : nodes) {
                    articleSet.addAll(n.articles);
                }
            }
            return articleSet.size();
        }

        Set<String> outlets() {
            if (outletSet == null) {
                outletSet = new HashSet<>();
                for (FullNameNode n : nodes) {
                    outletSet.addAll(n.outlets);
                }
            }
            return outletSet;
        }

        int roleSupport(List<RoleKey> roles) {
            int support = 0;
            for (FullNameNode n : nodes) {
                support += n.roleSupport(roles);
            }
            return support;
        }
    }
}
