package io.mixdoc.facts.internal;

import io.mixdoc.facts.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places written as a place already read and a landform after it, which the segmenter leaves in pieces: a
 * peninsula named by its country or region ("朝鲜半岛", "阿拉伯半岛", "巴尔干半岛", "山东半岛") is one place, as
 * 亚太地区 is one region.
 */
public final class PlaceNameForms {
    private static final Pattern LANDFORM = Pattern.compile("半岛");

    private PlaceNameForms() {
    }

    /** New PLACE candidates, each longer than the place it grows from (so it wins the overlap). */
    public static List<Candidate> find(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            if (c.type() != EntityType.PLACE) {
                continue;
            }
            Matcher m = LANDFORM.matcher(text).region(c.end(), text.length());
            if (m.lookingAt()) {
                out.add(new Candidate(c.start(), m.end(), EntityType.PLACE, "form:landform", 2));
            }
        }
        return out;
    }
}
