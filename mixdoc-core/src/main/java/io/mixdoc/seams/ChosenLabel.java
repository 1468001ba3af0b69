package io.mixdoc.seams;

import java.util.List;

/**
 * English right after a verb of choosing or clicking ({@code 从菜单选择 Finish partitioning and write changes to disk，},
 * {@code 可以选择 Undo changes to partitions，然后…}) is the label of a menu item or a button, quoted as the program
 * shows it, with no quotation marks: manuals name what to choose so. A label is whole, not an English clause a
 * translator left unfinished.
 */
final class ChosenLabel {
    private ChosenLabel() {
    }

    /** Verbs after which a manual names the item to choose, simplified and traditional. */
    private static final List<String> CHOOSING_VERBS = List.of("选择", "選擇", "选中", "選中", "选取", "選取", "点选", "點選",
            "勾选", "勾選", "点击", "點擊", "单击", "單擊", "双击", "雙擊");

    /** Does the Latin stretch holding the word at {@code wordStart} follow, across spaces, a verb of choosing? */
    static boolean at(String text, int wordStart) {
        int i = wordStart;
        while (i > 0 && CutSite.latinStretch(text.charAt(i - 1))) {
            i--;
        }
        for (String verb : CHOOSING_VERBS) {
            if (text.startsWith(verb, i - verb.length())) {
                return true;
            }
        }
        return false;
    }
}
