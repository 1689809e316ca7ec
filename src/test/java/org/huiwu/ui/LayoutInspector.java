package org.huiwu.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

import org.huiwu.logic.settings.Preferences.Language;

/**
 * Reads a shown window as a person would and lists what they could not read or reach: a label, button,
 * header or cell whose text JavaFX cut to "…" (the text its skin draws differs from its text), a text
 * field whose hint is wider than the field, a control (partly) outside the window or outside a clipping
 * parent that cannot scroll, and a date written in the other language's format. FX thread. Test code.
 */
final class LayoutInspector {

    /** Dates as the other language writes them, or as neither does (2026/12/6, 12/6/2026). */
    private static final Pattern FOREIGN_DATE = Pattern.compile("\\b\\d{4}/\\d{1,2}/\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            "\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}\\b");

    private final Language language;
    private final List<String> problems = new ArrayList<>();
    private Bounds window;

    private LayoutInspector(Language language) {
        this.language = language;
    }

    /** What is cut, out of reach or mis-dated in the scene, each as one line naming the node. */
    static List<String> problems(Scene scene, Language language) {
        LayoutInspector inspector = new LayoutInspector(language);
        inspector.window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        inspector.visit(scene.getRoot(), inspector.window);
        return inspector.problems;
    }

    private void visit(Node node, Bounds reachable) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds area = reachable;
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled);
        }
        if (node instanceof TextField field) {
            checkPrompt(field);
            checkDate(field, field.getText());
        }
        if (node.getStyleClass().contains("tool-bar-overflow-button")) {
            problems.add("overflow: a tool bar hides commands behind » in #" + (node.getParent() == null ? ""
                    : node.getParent().getId()));
        }
        if (node instanceof ListView<?> list) {
            checkNoSidewaysScroll(list);
        }
        if (node instanceof Control control && control.getWidth() > 0 && area != null) {
            checkInside(control, area);
        }
        if (scrolls(node)) {
            area = null;
        } else if (node.getClip() != null && area != null) {
            Bounds clip = node.localToScene(node.getClip().getBoundsInParent());
            area = intersection(area, clip);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, area);
            }
        }
    }

    private static boolean scrolls(Node node) {
        return node instanceof ScrollPane || node instanceof ListView || node instanceof TableView
                || node instanceof TreeTableView || node.getStyleClass().contains("seat-map");
    }

    private void checkLabeled(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        checkDate(labeled, text);
        String wanted = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && child != labeled.getGraphic() && child.isVisible()) {
                String shown = drawn.getText();
                if (shown != null && !shown.equals(wanted) && !shown.replace("\n", " ").equals(wanted.replace("\n", " "))) {
                    problems.add("cut: " + describe(labeled) + " shows \"" + shown + "\" of \"" + text + "\"");
                }
                return;
            }
        }
    }

    private void checkPrompt(TextField field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())) {
            return;
        }
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        for (Node text : field.lookupAll(".text")) {
            if (text instanceof Text drawn && prompt.equals(drawn.getText()) && drawn.isVisible()
                    && drawn.getLayoutBounds().getWidth() > room + 1) {
                problems.add("cut: " + describe(field) + " hint \"" + prompt + "\" needs "
                        + Math.round(drawn.getLayoutBounds().getWidth()) + " px, has " + Math.round(room));
            }
        }
    }

    /** A list is read top to bottom: a sideways scroll bar means its rows are wider than the list. */
    private void checkNoSidewaysScroll(ListView<?> list) {
        for (Node bar : list.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar scroll && scroll.getOrientation()
                    == javafx.geometry.Orientation.HORIZONTAL && WindowRobot.shown(scroll) && scroll.getParent() != null
                    && scroll.getParent().getParent() == list) {
                problems.add("sideways: " + describe(list) + " scrolls sideways, its rows are wider than the list");
            }
        }
    }

    private void checkInside(Control control, Bounds reachable) {
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        if (bounds.getMinX() < reachable.getMinX() - 1 || bounds.getMinY() < reachable.getMinY() - 1
                || bounds.getMaxX() > reachable.getMaxX() + 1 || bounds.getMaxY() > reachable.getMaxY() + 1) {
            problems.add("outside: " + describe(control) + " at " + round(bounds) + " beyond " + round(reachable));
        }
    }

    private void checkDate(Node node, String text) {
        if (text == null) {
            return;
        }
        boolean wrong = FOREIGN_DATE.matcher(text).find()
                || (language == Language.ENGLISH ? ISO_DATE.matcher(text).find() : ENGLISH_DATE.matcher(text).find());
        if (wrong) {
            problems.add("date: " + describe(node) + " writes \"" + text + "\"");
        }
        if (language == Language.ENGLISH && text.contains("附录")) {
            problems.add("wording: " + describe(node) + " names a clause in Chinese: \"" + text + "\"");
        }
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(0, Math.min(a.getMaxX(), b.getMaxX()) - minX),
                Math.max(0, Math.min(a.getMaxY(), b.getMaxY()) - minY));
    }

    private static String round(Bounds b) {
        return "[" + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " – " + Math.round(b.getMaxX()) + ","
                + Math.round(b.getMaxY()) + "]";
    }

    /** The node's kind and id, with the nearest ancestor that has an id, so that the report can be acted on. */
    private static String describe(Node node) {
        StringBuilder where = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            where.append('#').append(node.getId());
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                where.append(" in #").append(up.getId());
                break;
            }
        }
        return where.toString();
    }
}
