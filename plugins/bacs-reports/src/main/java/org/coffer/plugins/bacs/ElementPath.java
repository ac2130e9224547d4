package org.coffer.plugins.bacs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the reader is in the document, as an element path such as {@code Data/ARUDD/Advice/ReturnedDebitItem[3]}:
 * each element is numbered among its same-named siblings, so a problem names the very item it is about.
 */
final class ElementPath {

    private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
    private final Deque<String> names = new ArrayDeque<>();

    ElementPath() {
        siblings.push(new HashMap<>());
    }

    void enter(String name) {
        int index = siblings.peek().merge(name, 1, Integer::sum);
        names.addLast(index == 1 ? name : name + "[" + index + "]");
        siblings.push(new HashMap<>());
    }

    void leave() {
        names.pollLast();
        siblings.pop();
    }

    /** The path of the current element, without the document element {@code BACSDocument}. */
    String current() {
        return String.join("/", names.stream().skip(names.size() > 1 ? 1 : 0).toList());
    }
}
