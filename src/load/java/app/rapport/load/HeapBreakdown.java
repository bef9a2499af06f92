package app.rapport.load;

import java.io.File;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import shark.HeapGraph;
import shark.HeapObject;
import shark.HprofHeapGraph;
import shark.HprofRecordTag;
import shark.internal.DominatorTree;

/**
 * What one open session costs, read from a heap dump of the app under load
 * ({@code scripts/heap-breakdown.sh target/heap/sessions.hprof}, the dump that
 * {@code HEAP_DUMP=1 scripts/heap-per-ui.sh} writes). It builds the dominator tree with Shark
 * (LeakCanary's heap-dump library) and prints the retained size of each HTTP session, Vaadin UI,
 * state tree and kept last response, then the same per view the UI was on, with its count of state
 * nodes. With {@code -Dview=RelationshipView} it also lists, for UIs on that view, the classes of
 * everything they retain: where the bytes of one page go.
 */
public final class HeapBreakdown {

    private static final String UI_INTERNALS = "com.vaadin.flow.component.internal.UIInternals";
    private static final List<String> HOLDERS = List.of("org.apache.catalina.session.StandardSession",
            "com.vaadin.flow.component.UI", "com.vaadin.flow.internal.StateTree",
            "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper");

    private final HeapGraph graph;
    private final DominatorTree tree;

    private HeapBreakdown(HeapGraph graph) {
        this.graph = graph;
        this.tree = new DominatorTree(graph.getObjectCount());
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: HeapBreakdown <dump.hprof>   (-Dview=SomeView for that view's classes)");
            System.exit(2);
        }
        try (var graph = HprofHeapGraph.Companion.openHeapGraph(new File(args[0]), null,
                EnumSet.allOf(HprofRecordTag.class))) {
            var breakdown = new HeapBreakdown(graph);
            breakdown.walk();
            var view = System.getProperty("view");
            if (view == null) {
                breakdown.report();
            } else {
                breakdown.classesOf(view);
            }
        }
    }

    /** Breadth first from the GC roots, as the dominator tree needs; weak and soft referents do not hold. */
    private void walk() {
        var seen = new HashSet<Long>();
        var queue = new ArrayDeque<Long>();
        for (var root : graph.getGcRoots()) {
            if (graph.objectExists(root.getId())) {
                tree.updateDominatedAsRoot(root.getId());
                if (seen.add(root.getId())) {
                    queue.add(root.getId());
                }
            }
        }
        while (!queue.isEmpty()) {
            long id = queue.poll();
            for (long reference : references(graph.findObjectById(id))) {
                if (graph.objectExists(reference)) {
                    tree.updateDominated(reference, id);
                    if (seen.add(reference)) {
                        queue.add(reference);
                    }
                }
            }
        }
    }

    private static List<Long> references(HeapObject object) {
        var out = new ArrayList<Long>();
        if (object instanceof HeapObject.HeapInstance instance) {
            boolean reference = instance.instanceOf("java.lang.ref.Reference");
            for (var fields = instance.readFields().iterator(); fields.hasNext();) {
                var field = fields.next();
                if (!(reference && field.getName().equals("referent")) && field.getValue().isNonNullReference()) {
                    out.add(field.getValue().getAsObjectId());
                }
            }
        } else if (object instanceof HeapObject.HeapObjectArray array) {
            for (long element : array.readRecord().getElementIds()) {
                if (element != 0) {
                    out.add(element);
                }
            }
        } else if (object instanceof HeapObject.HeapClass type) {
            for (var fields = type.readStaticFields().iterator(); fields.hasNext();) {
                var value = fields.next().getValue();
                if (value.isNonNullReference()) {
                    out.add(value.getAsObjectId());
                }
            }
        }
        return out;
    }

    private int shallow(long id) {
        var object = graph.findObjectById(id);
        if (object instanceof HeapObject.HeapInstance instance) {
            return instance.getByteSize();
        }
        if (object instanceof HeapObject.HeapObjectArray array) {
            return array.readByteSize();
        }
        if (object instanceof HeapObject.HeapPrimitiveArray array) {
            return array.readByteSize();
        }
        return 0;
    }

    private void report() {
        Map<Long, String> holders = new HashMap<>();
        List<HeapObject.HeapInstance> internals = new ArrayList<>();
        for (var instances = graph.getInstances().iterator(); instances.hasNext();) {
            var instance = instances.next();
            var name = instance.getInstanceClassName();
            if (name.equals(UI_INTERNALS)) {
                internals.add(instance);
            }
            for (var holder : HOLDERS) {
                if (name.equals(holder) || holder.equals("com.vaadin.flow.component.UI") && instance.instanceOf(holder)) {
                    holders.put(instance.getObjectId(), holder);
                }
            }
        }
        Map<Long, String> responses = new HashMap<>();
        for (var instance : internals) {
            var last = instance.readField(UI_INTERNALS, "lastRequestResponse").getValue();
            if (last.isNonNullReference()) {
                responses.put(last.getAsObjectId(), "UI's kept last response (resent if the client retries)");
            }
        }
        Set<Long> wanted = new HashSet<>(holders.keySet());
        wanted.addAll(responses.keySet());
        var sizes = tree.computeRetainedSizes(wanted, this::shallow);

        System.out.printf("%-60s %6s %14s%n", "retained by", "count", "average bytes");
        Map<String, long[]> byHolder = new TreeMap<>();
        holders.forEach((id, name) -> add(byHolder, name, sizes.get(id)));
        responses.forEach((id, name) -> add(byHolder, name, sizes.get(id)));
        byHolder.forEach((name, total) -> System.out.printf("%-60s %6d %14d%n", name, total[0], total[1] / total[0]));

        System.out.printf("%n%-22s %5s %16s %22s %12s%n", "UIs by view", "UIs", "UI retained (B)", "last response (B)",
                "state nodes");
        Map<String, long[]> byView = new TreeMap<>();
        for (var instance : internals) {
            var ui = sizes.get(instance.readField(UI_INTERNALS, "ui").getValue().getAsObjectId());
            var last = instance.readField(UI_INTERNALS, "lastRequestResponse").getValue();
            var response = last.isNonNullReference() ? sizes.get(last.getAsObjectId()) : null;
            var stateTree = instance.readField(UI_INTERNALS, "stateTree").getValueAsInstance();
            var nodes = stateTree.readField("com.vaadin.flow.internal.StateTree", "idToNode").getValueAsInstance();
            var total = byView.computeIfAbsent(view(instance), k -> new long[4]);
            total[0]++;
            total[1] += ui == null ? 0 : ui.getFirst();
            total[2] += response == null ? 0 : response.getFirst();
            total[3] += nodes.readField("java.util.HashMap", "size").getValue().getAsInt();
        }
        byView.forEach((view, t) -> System.out.printf("%-22s %5d %16d %22d %12d%n", view, t[0], t[1] / t[0],
                t[2] / t[0], t[3] / t[0]));
    }

    private static void add(Map<String, long[]> totals, String name, kotlin.Pair<Integer, Integer> size) {
        if (size != null) {
            var total = totals.computeIfAbsent(name, k -> new long[2]);
            total[0]++;
            total[1] += size.getFirst();
        }
    }

    /** The view (innermost route target) the UI shows. */
    private String view(HeapObject.HeapInstance internals) {
        var chain = internals.readField(UI_INTERNALS, "routerTargetChain").getValueAsInstance();
        var elements = chain == null ? null : chain.readField("java.util.ArrayList", "elementData").getValueAsObjectArray();
        if (elements != null) {
            for (long element : elements.readRecord().getElementIds()) {
                if (element != 0) {
                    return graph.findObjectById(element).getAsInstance().getInstanceClassSimpleName();
                }
            }
        }
        return "(none)";
    }

    /** Bytes per UI on {@code wanted}, by class, over everything those UIs alone keep alive. */
    private void classesOf(String wanted) {
        var nodes = tree.buildFullDominatorTree(this::shallow);
        Map<String, long[]> byClass = new HashMap<>();
        int uis = 0;
        for (var instances = graph.getInstances().iterator(); instances.hasNext();) {
            var instance = instances.next();
            if (!instance.getInstanceClassName().equals(UI_INTERNALS) || !view(instance).equals(wanted)) {
                continue;
            }
            uis++;
            collect(nodes, instance.readField(UI_INTERNALS, "ui").getValue().getAsObjectId(), byClass);
        }
        if (uis == 0) {
            System.out.println("No UI shows " + wanted);
            return;
        }
        final int count = uis;
        System.out.printf("%d UIs on %s; what each keeps alive, by class:%n", count, wanted);
        byClass.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                .forEach(e -> System.out.printf("  %9d B %7d objects  %s%n", e.getValue()[1] / count,
                        e.getValue()[0] / count, e.getKey()));
    }

    private void collect(Map<Long, shark.internal.ObjectDominators.DominatorNode> nodes, long root,
            Map<String, long[]> byClass) {
        var stack = new ArrayDeque<Long>();
        stack.push(root);
        while (!stack.isEmpty()) {
            long id = stack.pop();
            var node = nodes.get(id);
            if (node == null) {
                continue;
            }
            var object = graph.findObjectById(id);
            String name = object instanceof HeapObject.HeapInstance instance ? instance.getInstanceClassName()
                    : object instanceof HeapObject.HeapObjectArray array ? array.getArrayClassName()
                    : object instanceof HeapObject.HeapPrimitiveArray array ? array.getArrayClassName() : "class";
            var total = byClass.computeIfAbsent(name, k -> new long[2]);
            total[0]++;
            total[1] += node.getShallowSize();
            stack.addAll(node.getDominatedObjectIds());
        }
    }
}
