package minitorrent.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Edits of an immutable list, each giving a new list: what the Trackers and Web Seeds pages do
 * to tiers and URLs. Stateless.
 */
final class ListEdits {

    private ListEdits() {
    }

    static <T> List<T> appended(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    static <T> List<T> replaced(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, item);
        return List.copyOf(copy);
    }

    static <T> List<T> removed(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return List.copyOf(copy);
    }

    /** The item at {@code index} swapped with its neighbour before (-1) or after (+1) it. */
    static <T> List<T> moved(List<T> list, int index, int direction) {
        List<T> copy = new ArrayList<>(list);
        Collections.swap(copy, index, index + direction);
        return List.copyOf(copy);
    }

    /** Whether the item at {@code index} can move that way. */
    static boolean canMove(List<?> list, int index, int direction) {
        int target = index + direction;
        return index >= 0 && index < list.size() && target >= 0 && target < list.size();
    }
}
