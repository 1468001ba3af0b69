package io.mixdoc.io.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the elements that hold the article, the way readability does in spirit: every run of
 * paragraph text scores its container and, with decay, the container's ancestors; a candidate's score
 * starts from its tag and class/id hints and is discounted by its link density; the best candidate may
 * give way to a common ancestor of several strong candidates; then siblings that look like more of the
 * article are merged in.
 */
final class ContentFinder {
    private static final int MIN_RUN = 25;
    private static final int LEVELS = 5;
    private static final int POST_LEVELS = 8;
    private static final int MIN_POSTS = 3;
    private static final int MIN_POST_TEXT = 100;
    private static final int MIN_POST_EXTRA = 10;
    private static final int MIN_TEMPLATE = 2;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "h2", "h3", "h4",
            "h5", "h6", "li", "dd", "dt", "th", "figcaption");

    private final PageStats stats;
    private final Map<Element, double[]> scores = new LinkedHashMap<>(); // deterministic order
    private Element core;

    ContentFinder(PageStats stats) {
        this.stats = stats;
    }

    /**
     * The article's root elements in document order; the body when nothing scores. A candidate inside
     * a comment thread is taken only when nothing outside one scores: a long discussion can outscore
     * a short article, but it is never the article.
     */
    List<Element> find(Element body) {
        score(body);
        Element top = null;
        double best = 0;
        boolean topInComments = false;
        List<Element> ranked = new ArrayList<>(scores.keySet());
        for (Element e : ranked) {
            double s = finalScore(e);
            if (s <= 0 && top != null) {
                continue;
            }
            boolean inComments = inComments(e, body);
            if (top == null || (topInComments && !inComments) || (inComments == topInComments && s > best)) {
                top = e;
                best = s;
                topInComments = inComments;
            }
        }
        if (top == null || top == body) {
            return List.of(body);
        }
        core = top;
        Element firstPost = firstOfRepeatedPosts(top, body);
        if (firstPost != null) {
            core = firstPost;
            return List.of(firstPost);
        }
        top = commonAncestorOfStrong(top, best, ranked, body);
        top = climb(top, body);
        return withSiblings(top, body);
    }

    private final Map<Element, Boolean> commentThreads = new java.util.IdentityHashMap<>();

    /**
     * True when {@code e} or an ancestor below the body is marked as comments by its class or id.
     * Iterative and memoised: pages can nest elements far deeper than the stack allows.
     */
    private boolean inComments(Element e, Element body) {
        List<Element> unknown = new ArrayList<>();
        boolean answer = false;
        for (Element p = e; p != null && p != body; p = p.parent()) {
            Boolean known = commentThreads.get(p);
            if (known != null) {
                answer = known;
                break;
            }
            if (BoilerplateHints.kindOf(p) == BlockKind.COMMENTS) {
                answer = true;
                commentThreads.put(p, true);
                break;
            }
            unknown.add(p);
        }
        for (Element p : unknown) {
            commentThreads.put(p, answer);
        }
        return answer;
    }

    /**
     * On a page that lists several posts made from one template (a blog archive, a forum thread), the
     * article is the first post, whichever post scores best: when the best candidate, or an ancestor
     * holding more than it (title, date, footer around the text), shares its tag, class and inner
     * template with at least {@value #MIN_POSTS} elements of the page in all, each with some text,
     * the best candidate inside the first of them is taken instead. Null when the page is not such a list, or when the
     * best candidate already lies in the first post.
     */
    private Element firstOfRepeatedPosts(Element top, Element body) {
        int coreText = stats.get(top).text;
        Element unit = top;
        for (int level = 0; level < POST_LEVELS && unit != null && unit != body; level++, unit = unit.parent()) {
            if (unit.className().isEmpty() || (unit != top && stats.get(unit).text <= coreText + MIN_POST_EXTRA)) {
                continue;
            }
            List<Element> posts = postsLike(unit, body);
            if (posts.size() < MIN_POSTS) {
                continue;
            }
            Element first = posts.get(0);
            if (first == unit || stats.get(first).text < MIN_POST_TEXT) {
                return null;
            }
            return bestInside(first);
        }
        return null;
    }

    /**
     * Elements with the tag and class of {@code unit}, some text and the same inner template (the same
     * classed elements inside), outermost only, in document order. The template check tells repeated
     * posts from layout boxes that merely share a class ("row", "container").
     */
    private List<Element> postsLike(Element unit, Element body) {
        Set<String> template = innerClasses(unit);
        if (template.size() < MIN_TEMPLATE) {
            return List.of();
        }
        List<Element> posts = new ArrayList<>();
        Elements all = body.getAllElements(); // document order: a subtree is a run
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (e.normalName().equals(unit.normalName()) && e.className().equals(unit.className())
                    && stats.get(e).text >= MIN_POST_TEXT && (e == unit || innerClasses(e).equals(template))) {
                posts.add(e);
                i += e.getAllElements().size() - 1; // outermost only: skip what lies inside this post
            }
        }
        return posts;
    }

    /** The tag.class pairs of the classed elements inside {@code e}. */
    private static Set<String> innerClasses(Element e) {
        Set<String> classes = new TreeSet<>();
        for (Element d : e.getAllElements()) {
            if (d != e && !d.className().isEmpty()) {
                classes.add(d.normalName() + "." + d.className());
            }
        }
        return classes;
    }

    /** The best-scoring element inside {@code post} (or the post itself when nothing in it scores). */
    private Element bestInside(Element post) {
        Element best = post;
        double bestScore = finalScore(post);
        for (Element e : post.getAllElements()) {
            double s = finalScore(e);
            if (scores.containsKey(e) && (!scores.containsKey(best) || s > bestScore)) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /** The best-scoring element found by {@link #find} (before climbing and merging), or null. */
    Element core() {
        return core;
    }

    double finalScore(Element e) {
        double[] s = scores.get(e);
        if (s == null) {
            return 0;
        }
        return s[0] * (1 - stats.get(e).linkDensity());
    }

    private void score(Element body) {
        for (Map.Entry<Element, PageStats.Stats> entry : stats.entries()) {
            Element e = entry.getKey();
            PageStats.Stats s = entry.getValue();
            if (s.runText < MIN_RUN) {
                continue;
            }
            String tag = e.normalName();
            if (!PageStats.isBlock(e) && !s.hasBlock) {
                continue; // an inline element: its text is part of its parent's run
            }
            if (tag.equals("li") && s.runLinks * 2 > s.runText) {
                continue;
            }
            if (inComments(e, body)) {
                continue; // readers' comments are not evidence of where the article is
            }
            double linkShare = (double) s.runLinks / s.runText;
            double value = (1 + s.runCommas + Math.min(s.runText / 85.0, 3)) * (1 - linkShare);
            Element container = PARAGRAPH_TAGS.contains(tag) ? e.parent() : e;
            for (int level = 0; level < LEVELS && container != null; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                add(container, value / divider);
                if (container == body) {
                    break;
                }
                container = container.parent();
            }
        }
    }

    private void add(Element e, double value) {
        double[] s = scores.get(e);
        if (s == null) {
            s = new double[] {initialScore(e)};
            scores.put(e, s);
        }
        s[0] += value;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.attr("itemprop").toLowerCase().contains("articlebody")) {
            score += 10;
        }
        return score + BoilerplateHints.classWeight(e);
    }

    /**
     * When three or more strong candidates (the top one and at least two of the next four) sit under
     * one ancestor of the top one, the article is probably split across them: take that ancestor.
     */
    private Element commonAncestorOfStrong(Element top, double best, List<Element> ranked, Element body) {
        List<Element> strong = new ArrayList<>();
        for (Element e : ranked) {
            if (e != top && finalScore(e) >= best * 0.75) {
                strong.add(e);
            }
        }
        if (strong.size() < 2) {
            return top;
        }
        strong.sort((a, b) -> Double.compare(finalScore(b), finalScore(a)));
        Map<Element, Integer> containing = new IdentityHashMap<>();
        for (Element e : strong.subList(0, Math.min(4, strong.size()))) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                containing.merge(p, 1, Integer::sum);
            }
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            if (containing.getOrDefault(ancestor, 0) >= 2) {
                return ancestor;
            }
        }
        return top;
    }

    /** Climbs to a parent that scores better, and out of only-child wrappers. */
    private Element climb(Element top, Element body) {
        double last = finalScore(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!scores.containsKey(parent)) {
                continue;
            }
            double s = finalScore(parent);
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = parent;
                break;
            }
            last = s;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private List<Element> withSiblings(Element top, Element body) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * 0.2 : 0;
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold
                    && BoilerplateHints.kindOf(sibling) == null) {
                chosen.add(sibling);
                continue;
            }
            PageStats.Stats s = stats.get(sibling);
            if ((s.paragraphs >= 2 || s.text >= stats.get(top).text / 4) && s.text >= 80 && s.linkDensity() < 0.25
                    && BoilerplateHints.kindOf(sibling) == null) {
                chosen.add(sibling); // more article text split off by a figure, video or ad slot
                continue;
            }
            if (sibling.normalName().equals("p") && !s.hasBlock) {
                double ld = s.linkDensity();
                String text = sibling.text();
                if (s.text > 80 && ld < 0.25) {
                    chosen.add(sibling);
                } else if (s.text > 0 && s.text <= 80 && ld == 0
                        && text.matches("(?s).*[.!?。！？][\"”’')]?$")) {
                    chosen.add(sibling);
                }
            }
        }
        return Collections.unmodifiableList(chosen);
    }
}
