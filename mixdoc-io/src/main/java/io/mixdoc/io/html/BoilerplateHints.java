package io.mixdoc.io.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads what an element's tag, ARIA role, class and id say about it: which kind of boilerplate it
 * announces (if any), and how much it looks like article content. Class/id words are matched as
 * tokens of the joined attribute values (split at anything that is not a letter or digit), so
 * {@code ad} matches {@code ad-slot} but not {@code header}.
 */
final class BoilerplateHints {
    private static final String L = "(?:^|[^a-z0-9])";
    private static final String R = "(?:$|[^a-z0-9])";

    private static final Pattern SHARE = Pattern.compile(L + "(?:share|shares|sharing|sharebar|social|socials"
            + "|addthis|sharethis|follow|followus|print|email[-_]*share)" + "|share[-_]*(?:tools|buttons|links)"
            + "|social[-_]*(?:media|links|icons|buttons)");
    private static final Pattern RELATED = Pattern.compile(L + "(?:related|recommend\\w*|recirc\\w*"
            + "|more[-_]*(?:stories|articles|news|from|on|in)|read[-_]*(?:more|next|also)|also[-_]*read|you[-_]*may|popular"
            + "|trending|most[-_]*(?:read|popular|viewed)|outbrain|taboola|teasers?|sidebar|side[-_]*bar|widgets?"
            + "|rail|right[-_]*rail|left[-_]*rail|promo|promos|mostread|recommended|top[-_]*stories|latest|up[-_]*next"
            + "|next[-_]*(?:post|article)|prev[-_]*(?:post|article)|post[-_]*navigation|tagged|tags|tag[-_]*list)" + R);
    // "comment-list" yes, "commentary" (an opinion piece) no
    private static final Pattern COMMENTS = Pattern.compile(L + "(?:comments?|comment-[a-z0-9]+|commentlist"
            + "|commentform|commentbox|commentsection|disqus\\w*|discuss\\w*|respond|replies|reply|responses)" + R);
    private static final Pattern FOOTER = Pattern.compile(L + "(?:footer|foot|copyright|colophon"
            + "|site[-_]*footer|page[-_]*footer|article[-_]*footer|post[-_]*footer|entry[-_]*footer)" + R);
    private static final Pattern NAV = Pattern.compile(L + "(?:nav|navbar|navigation|menu|menus|breadcrumbs?"
            + "|masthead|header|site[-_]*header|topbar|skip|skip[-_]*link|pagination|pager|toc|subnav|megamenu)" + R);
    private static final Pattern ARTICLE_HEADER = Pattern.compile(L + "(?:article|entry|post|story|content|page)"
            + "[-_]*(?:header|head|heading|hed|top)" + R);
    private static final Pattern CAPTION = Pattern.compile(L + "(?:caption|captions|wp-caption-text"
            + "|credit|credits|photo[-_]*credit|image[-_]*credit|img[-_]*caption|media[-_]*caption|figcaption)" + R);
    private static final Pattern AD = Pattern.compile(L + "(?:ad|ads|adv|advert|adverts|advertisement"
            + "|advertising|adslot|ad[-_]*slot|ad[-_]*unit|ad[-_]*container|dfp|gpt|sponsor|sponsored|newsletter"
            + "|subscribe|subscription|signup|sign[-_]*up|paywall|cookie|cookies|gdpr|consent|modal|popup"
            + "|overlay|banner|donate|membership|cta|call[-_]*to[-_]*action)" + R);
    private static final Pattern META = Pattern.compile(L + "(?:byline|bylines|author|authors|author[-_]*bio"
            + "|author[-_]*info|about[-_]*author|dateline|timestamp|date|dates|published|pubdate|post[-_]*meta"
            + "|entry[-_]*meta|article[-_]*meta|meta|metadata|kicker|eyebrow|disclaimer|sr[-_]*only"
            + "|visually[-_]*hidden|screen[-_]*reader[-_]*text)" + R);
    /** Words that say "this is the article", after readability's and trafilatura's hint lists. */
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern EMBED = Pattern.compile(L + "(?:embed|embedded|\\w+-embed|embed-\\w+|twitter-tweet"
            + "|instagram-media|tiktok-embed)" + R);
    private static final Pattern POSITIVE = Pattern.compile(L + "(?:article|articles|body|content|entry"
            + "|main|post|story|text|blog|hentry|prose|richtext|rich[-_]*text|article[-_]*body|story[-_]*body"
            + "|post[-_]*body|entry[-_]*content|post[-_]*content|article[-_]*content|articlebody|storybody|page[-_]*content"
            + "|news[-_]*text|article[-_]*text)" + R);
    private static final Pattern NEGATIVE = Pattern.compile(L + "(?:hidden|banner|combx|comment|comments"
            + "|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share"
            + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|nav|menu|ad|ads|popup"
            + "|modal|newsletter|subscribe|recommended|byline|author)" + R);

    private BoilerplateHints() {
    }

    /** Class and id of an element, lower-cased and joined. */
    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        // split camelCase ("imageEmbedCaption") so that its words can be matched as tokens
        return CAMEL.matcher(cls + " " + id).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The boilerplate kind an element's tag, role, class or id announces, or null. */
    static BlockKind kindOf(Element e) {
        switch (e.normalName()) {
            case "nav":
                return BlockKind.NAV;
            case "aside":
                return BlockKind.RELATED;
            case "footer":
                return BlockKind.FOOTER;
            case "figcaption":
                return BlockKind.CAPTION;
            default:
                break;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        switch (role) {
            case "navigation":
            case "menu":
            case "menubar":
                return BlockKind.NAV;
            case "complementary":
                return BlockKind.RELATED;
            case "contentinfo":
                return BlockKind.FOOTER;
            case "banner":
                return BlockKind.NAV;
            default:
                break;
        }
        String names = names(e);
        if (names.isEmpty()) {
            return null;
        }
        if (COMMENTS.matcher(names).find()) {
            return BlockKind.COMMENTS;
        }
        if (CAPTION.matcher(names).find()) {
            return BlockKind.CAPTION;
        }
        if (EMBED.matcher(names).find() || e.normalName().equals("blockquote")) {
            // "content-with-sidebar", "social-media-embed", a quoted tweet: the article word, an embedded
            // post or a quotation wins over a boilerplate word
            return null;
        }
        if (SHARE.matcher(names).find()) {
            return BlockKind.SHARE;
        }
        if (RELATED.matcher(names).find()) {
            return BlockKind.RELATED;
        }
        if (FOOTER.matcher(names).find()) {
            return BlockKind.FOOTER;
        }
        if (ARTICLE_HEADER.matcher(names).find()) {
            return BlockKind.META; // headline, byline and date above the text, not site navigation
        }
        if (NAV.matcher(names).find()) {
            return BlockKind.NAV;
        }
        if (AD.matcher(names).find()) {
            return BlockKind.AD;
        }
        if (META.matcher(names).find()) {
            return BlockKind.META;
        }
        return null;
    }

    /** Readability-style class weight: positive words add, negative words subtract. */
    static int classWeight(Element e) {
        int weight = 0;
        for (String value : new String[] {e.className(), e.id()}) {
            if (value.isEmpty()) {
                continue;
            }
            String v = CAMEL.matcher(value).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
            if (NEGATIVE.matcher(v).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(v).find()) {
                weight += 25;
            }
        }
        return weight;
    }
}
