package de.foerderfluss.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a BPMN model as inline SVG from its diagram interchange: every shape at its
 * bounds, every sequence flow along its waypoints, with the element names. Steps the case
 * is at are drawn with a heavy frame and a dashed halo, steps already passed with a tick,
 * so the state never rests on colour alone; the page's stylesheet adds the colours.
 */
final class ProcessDiagramRenderer {

	private static final double PADDING = 16;

	private static final double FONT = 12;

	/** The smallest font a name is shrunk to before a long word is broken. */
	private static final double SMALL_FONT = 10.5;

	private static final double LINE = 14;

	/** A character's average width relative to the font size, for wrapping names. */
	private static final double CHAR_WIDTH = 0.56;

	private ProcessDiagramRenderer() {
	}

	/**
	 * The SVG of the model.
	 * @param model the BPMN model with its diagram
	 * @param id unique on the page; prefixes the ids inside the SVG
	 * @param state where the case stands in the model
	 * @param text the titles the drawing is given
	 */
	static String render(BpmnModelInstance model, String id, State state, Text text) {
		Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
		Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
		Frame frame = Frame.of(shapes, edges);
		Svg svg = new Svg();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "bpmn", "id", id, "viewBox",
				num(frame.x()) + " " + num(frame.y()) + " " + num(frame.width()) + " " + num(frame.height()), "width",
				num(frame.width()), "height", num(frame.height()), "role", "img", "aria-labelledby",
				id + "-title " + id + "-desc", "focusable", "false");
		svg.element("title", text.title(), "id", id + "-title");
		svg.element("desc", text.description(), "id", id + "-desc");
		svg.raw("<defs>" + arrow(id + "-arrow", "arrow") + arrow(id + "-arrow-passed", "arrow passed") + "</defs>");
		for (BpmnShape shape : shapes) {
			if (shape.getBpmnElement() instanceof SubProcess subProcess) {
				subProcess(svg, shape, subProcess, state, text, id);
			}
		}
		for (BpmnEdge edge : edges) {
			if (edge.getBpmnElement() instanceof SequenceFlow flow) {
				flow(svg, edge, flow, state, id);
			}
		}
		for (BpmnShape shape : shapes) {
			BaseElement element = shape.getBpmnElement();
			if (element instanceof FlowNode node && !(element instanceof SubProcess)
					&& !(element instanceof BoundaryEvent)) {
				node(svg, shape, node, state, text, id);
			}
		}
		// Boundary events sit on the border of their task and are drawn over it.
		for (BpmnShape shape : shapes) {
			if (shape.getBpmnElement() instanceof BoundaryEvent event) {
				node(svg, shape, event, state, text, id);
			}
		}
		svg.close("svg");
		return svg.toString();
	}

	private static void subProcess(Svg svg, BpmnShape shape, SubProcess subProcess, State state, Text text, String id) {
		Bounds b = shape.getBounds();
		openNode(svg, subProcess, "subprocess" + (subProcess.triggeredByEvent() ? " event-subprocess" : ""), state,
				text, id);
		svg.empty("rect", "class", "shape", "x", num(b.getX()), "y", num(b.getY()), "width", num(b.getWidth()),
				"height", num(b.getHeight()), "rx", "12");
		svg.element("text", subProcess.getName(), "class", "bpmn-label subprocess-label", "x", num(b.getX() + 12), "y",
				num(b.getY() + 20));
		svg.close("g");
	}

	private static void flow(Svg svg, BpmnEdge edge, SequenceFlow flow, State state, String id) {
		boolean passed = state.passed(flow.getSource().getId())
				&& (state.passed(flow.getTarget().getId()) || state.active(flow.getTarget().getId()));
		StringBuilder points = new StringBuilder();
		List<Waypoint> waypoints = new ArrayList<>(edge.getWaypoints());
		for (Waypoint point : waypoints) {
			points.append(points.isEmpty() ? "" : " ").append(num(point.getX())).append(',').append(num(point.getY()));
		}
		svg.open("g", "class", passed ? "flow passed" : "flow", "data-element", flow.getId());
		svg.empty("polyline", "points", points.toString(), "fill", "none", "marker-end",
				"url(#" + id + (passed ? "-arrow-passed" : "-arrow") + ")");
		if (flow.getName() != null && !flow.getName().isBlank()) {
			BpmnLabel label = edge.getBpmnLabel();
			double x;
			double y;
			if (label != null && label.getBounds() != null) {
				x = label.getBounds().getX() + label.getBounds().getWidth() / 2;
				y = label.getBounds().getY() + LINE - 2;
			}
			else {
				Waypoint first = waypoints.get(0);
				x = first.getX() + 8;
				y = first.getY() - 6;
			}
			svg.element("text", flow.getName(), "class", "bpmn-label flow-label", "x", num(x), "y", num(y),
					"text-anchor", "middle");
		}
		svg.close("g");
	}

	private static void node(Svg svg, BpmnShape shape, FlowNode node, State state, Text text, String id) {
		Bounds b = shape.getBounds();
		if (node instanceof Activity) {
			openNode(svg, node, "task " + taskKind(node), state, text, id);
			if (state.active(node.getId())) {
				svg.empty("rect", "class", "halo", "x", num(b.getX() - 6), "y", num(b.getY() - 6), "width",
						num(b.getWidth() + 12), "height", num(b.getHeight() + 12), "rx", "14", "fill", "none");
			}
			svg.empty("rect", "class", "shape", "x", num(b.getX()), "y", num(b.getY()), "width", num(b.getWidth()),
					"height", num(b.getHeight()), "rx", "10");
			taskIcon(svg, node, b.getX() + 7, b.getY() + 7);
			centredName(svg, node.getName(), b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() / 2,
					b.getWidth() - 10);
		}
		else if (node instanceof Gateway) {
			openNode(svg, node, "gateway", state, text, id);
			double cx = b.getX() + b.getWidth() / 2;
			double cy = b.getY() + b.getHeight() / 2;
			double r = b.getWidth() / 2;
			if (state.active(node.getId())) {
				svg.empty("polygon", "class", "halo", "points", diamond(cx, cy, r + 8), "fill", "none");
			}
			svg.empty("polygon", "class", "shape", "points", diamond(cx, cy, r));
			gatewayMarker(svg, node, shape, cx, cy, r);
			outsideName(svg, shape, node.getName());
		}
		else if (node instanceof Event event) {
			openNode(svg, node, "event " + eventKind(event), state, text, id);
			double cx = b.getX() + b.getWidth() / 2;
			double cy = b.getY() + b.getHeight() / 2;
			double r = b.getWidth() / 2;
			if (state.active(node.getId())) {
				svg.empty("circle", "class", "halo", "cx", num(cx), "cy", num(cy), "r", num(r + 6), "fill", "none");
			}
			svg.empty("circle", "class", "shape", "cx", num(cx), "cy", num(cy), "r", num(r));
			if (event instanceof BoundaryEvent || !(event instanceof StartEvent || event instanceof EndEvent)) {
				svg.empty("circle", "class", "inner", "cx", num(cx), "cy", num(cy), "r", num(r - 3), "fill", "none");
			}
			eventIcon(svg, event, cx, cy, r);
			outsideName(svg, shape, node.getName());
		}
		else {
			openNode(svg, node, "other", state, text, id);
			svg.empty("rect", "class", "shape", "x", num(b.getX()), "y", num(b.getY()), "width", num(b.getWidth()),
					"height", num(b.getHeight()));
			outsideName(svg, shape, node.getName());
		}
		if (state.passed(node.getId()) && !state.active(node.getId())) {
			tick(svg, b.getX() + b.getWidth() - 2, b.getY() + 2);
		}
		svg.close("g");
	}

	private static void openNode(Svg svg, FlowNode node, String kind, State state, Text text, String id) {
		String status = state.active(node.getId()) ? " active" : state.passed(node.getId()) ? " passed" : "";
		svg.open("g", "class", "node " + kind + status, "id", id + "-" + node.getId(), "data-element", node.getId());
		String name = (node.getName() != null) ? node.getName() : "";
		String tooltip = state.active(node.getId()) ? text.active(name)
				: state.passed(node.getId()) ? text.passed(name) : name;
		if (!tooltip.isBlank()) {
			svg.element("title", tooltip);
		}
	}

	private static String taskKind(FlowNode node) {
		if (node instanceof UserTask) {
			return "user-task";
		}
		if (node instanceof ServiceTask) {
			return "service-task";
		}
		return (node instanceof BusinessRuleTask) ? "rule-task" : "activity";
	}

	private static String eventKind(Event event) {
		String kind = (event instanceof StartEvent) ? "start"
				: (event instanceof EndEvent) ? "end" : (event instanceof BoundaryEvent) ? "boundary" : "intermediate";
		if (event instanceof BoundaryEvent boundary && !boundary.cancelActivity()) {
			kind += " non-interrupting";
		}
		return kind;
	}

	private static void taskIcon(Svg svg, FlowNode node, double x, double y) {
		if (node instanceof UserTask) {
			// A person: head and shoulders.
			svg.empty("circle", "class", "icon", "cx", num(x + 6), "cy", num(y + 4), "r", "3.2");
			svg.empty("path", "class", "icon", "d", "M" + num(x) + "," + num(y + 14) + " q0,-6 6,-6 q6,0 6,6 z");
		}
		else if (node instanceof ServiceTask) {
			// A cog: a dashed ring around a hub.
			svg.empty("circle", "class", "icon cog", "cx", num(x + 6), "cy", num(y + 6), "r", "5", "fill", "none",
					"stroke-dasharray", "2.2 1.6", "stroke-width", "3");
			svg.empty("circle", "class", "icon", "cx", num(x + 6), "cy", num(y + 6), "r", "1.8");
		}
		else if (node instanceof BusinessRuleTask) {
			// A decision table: a header row and one column line.
			svg.empty("rect", "class", "icon-line", "x", num(x), "y", num(y), "width", "14", "height", "10", "fill",
					"none");
			svg.empty("path", "class", "icon-line", "d",
					"M" + num(x) + "," + num(y + 3.5) + " h14 M" + num(x + 4.5) + "," + num(y + 3.5) + " v6.5");
		}
	}

	private static void gatewayMarker(Svg svg, FlowNode node, BpmnShape shape, double cx, double cy, double r) {
		double m = r * 0.36;
		if (node instanceof ExclusiveGateway && shape.isMarkerVisible()) {
			svg.empty("path", "class", "marker", "d", "M" + num(cx - m) + "," + num(cy - m) + " L" + num(cx + m) + ","
					+ num(cy + m) + " M" + num(cx + m) + "," + num(cy - m) + " L" + num(cx - m) + "," + num(cy + m));
		}
		else if (node instanceof ParallelGateway) {
			svg.empty("path", "class", "marker", "d", "M" + num(cx) + "," + num(cy - m * 1.3) + " V" + num(cy + m * 1.3)
					+ " M" + num(cx - m * 1.3) + "," + num(cy) + " H" + num(cx + m * 1.3));
		}
	}

	private static void eventIcon(Svg svg, Event event, double cx, double cy, double r) {
		Collection<EventDefinition> definitions = (event instanceof CatchEvent catchEvent)
				? catchEvent.getEventDefinitions()
				: (event instanceof ThrowEvent throwEvent) ? throwEvent.getEventDefinitions() : List.of();
		for (EventDefinition definition : definitions) {
			if (definition instanceof TimerEventDefinition) {
				double k = r * 0.56;
				svg.empty("circle", "class", "icon-line", "cx", num(cx), "cy", num(cy), "r", num(k), "fill", "none");
				svg.empty("path", "class", "icon-line", "d", "M" + num(cx) + "," + num(cy - k * 0.75) + " V" + num(cy)
						+ " L" + num(cx + k * 0.6) + "," + num(cy + k * 0.3));
			}
			else if (definition instanceof MessageEventDefinition) {
				double w = r * 0.6;
				double h = r * 0.42;
				svg.empty("rect", "class", "icon-line", "x", num(cx - w), "y", num(cy - h), "width", num(2 * w),
						"height", num(2 * h), "fill", "none");
				svg.empty("path", "class", "icon-line", "d", "M" + num(cx - w) + "," + num(cy - h) + " L" + num(cx)
						+ "," + num(cy + h * 0.2) + " L" + num(cx + w) + "," + num(cy - h));
			}
			else if (definition instanceof ErrorEventDefinition) {
				double k = r * 0.5;
				svg.empty("path", "class", "icon-line", "d",
						"M" + num(cx - k) + "," + num(cy + k) + " L" + num(cx - k * 0.35) + "," + num(cy - k) + " L"
								+ num(cx + k * 0.2) + "," + num(cy + k * 0.2) + " L" + num(cx + k) + ","
								+ num(cy - k * 0.9),
						"fill", "none");
			}
		}
	}

	/** A tick in a small disc at the shape's top right corner: this step is done. */
	private static void tick(Svg svg, double x, double y) {
		svg.open("g", "class", "tick");
		svg.empty("circle", "cx", num(x), "cy", num(y), "r", "8");
		svg.empty("path", "d", "M" + num(x - 4) + "," + num(y) + " l3,3 l5,-6", "fill", "none", "stroke-width", "2");
		svg.close("g");
	}

	private static void centredName(Svg svg, String name, double cx, double cy, double width) {
		if (name == null || name.isBlank()) {
			return;
		}
		Lines lines = Lines.fit(name, width);
		double top = cy - (lines.lines().size() * lines.lineHeight()) / 2 + lines.fontSize() * 0.85;
		text(svg, lines, cx, top);
	}

	/** The name of an event or gateway: in its label bounds, else below the shape. */
	private static void outsideName(Svg svg, BpmnShape shape, String name) {
		if (name == null || name.isBlank()) {
			return;
		}
		BpmnLabel label = shape.getBpmnLabel();
		Bounds b = shape.getBounds();
		if (label != null && label.getBounds() != null) {
			Bounds l = label.getBounds();
			// Labels of boundary events sit side by side under their task: keep them
			// narrow.
			double width = (shape.getBpmnElement() instanceof BoundaryEvent) ? Math.min(l.getWidth(), 68)
					: Math.max(l.getWidth(), 60);
			Lines lines = Lines.fit(name, width);
			text(svg, lines, l.getX() + l.getWidth() / 2, l.getY() + lines.fontSize());
		}
		else {
			Lines lines = Lines.fit(name, 100);
			text(svg, lines, b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() + 4 + lines.fontSize());
		}
	}

	private static void text(Svg svg, Lines lines, double cx, double firstBaseline) {
		StringBuilder spans = new StringBuilder();
		for (int i = 0; i < lines.lines().size(); i++) {
			spans.append("<tspan x=\"")
				.append(num(cx))
				.append("\" y=\"")
				.append(num(firstBaseline + i * lines.lineHeight()))
				.append("\">")
				.append(Svg.escape(lines.lines().get(i)))
				.append("</tspan>");
		}
		svg.raw("<text class=\"bpmn-label\" text-anchor=\"middle\" font-size=\"" + num(lines.fontSize()) + "\">" + spans
				+ "</text>");
	}

	private static String arrow(String id, String cssClass) {
		return "<marker id=\"" + id + "\" class=\"" + cssClass + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
				+ " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/>"
				+ "</marker>";
	}

	private static String diamond(double cx, double cy, double r) {
		return num(cx) + "," + num(cy - r) + " " + num(cx + r) + "," + num(cy) + " " + num(cx) + "," + num(cy + r) + " "
				+ num(cx - r) + "," + num(cy);
	}

	static String num(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return (rounded == Math.rint(rounded)) ? String.valueOf((long) rounded)
				: String.format(Locale.ROOT, "%.1f", rounded);
	}

	/**
	 * Where the case stands: the steps it is at now and the steps it has passed.
	 */
	record State(Set<String> activeIds, Set<String> passedIds) {

		boolean active(String id) {
			return this.activeIds.contains(id);
		}

		boolean passed(String id) {
			return this.passedIds.contains(id);
		}

	}

	/**
	 * The words of the drawing in the reader's language: its title and description, and
	 * what the tooltips of current and passed steps add to the step's name.
	 */
	record Text(String title, String description, String activeNote, String passedNote) {

		String active(String name) {
			return name + " (" + this.activeNote + ")";
		}

		String passed(String name) {
			return name + " (" + this.passedNote + ")";
		}

	}

	/** The area all shapes, labels and flows cover, with a margin. */
	private record Frame(double x, double y, double width, double height) {

		static Frame of(Collection<BpmnShape> shapes, Collection<BpmnEdge> edges) {
			double minX = Double.MAX_VALUE;
			double minY = Double.MAX_VALUE;
			double maxX = -Double.MAX_VALUE;
			double maxY = -Double.MAX_VALUE;
			List<Bounds> all = new ArrayList<>();
			for (BpmnShape shape : shapes) {
				all.add(shape.getBounds());
				if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
					all.add(shape.getBpmnLabel().getBounds());
				}
			}
			for (Bounds b : all) {
				minX = Math.min(minX, b.getX());
				minY = Math.min(minY, b.getY());
				maxX = Math.max(maxX, b.getX() + b.getWidth());
				maxY = Math.max(maxY, b.getY() + b.getHeight());
			}
			for (BpmnEdge edge : edges) {
				for (Waypoint point : edge.getWaypoints()) {
					minX = Math.min(minX, point.getX());
					minY = Math.min(minY, point.getY());
					maxX = Math.max(maxX, point.getX());
					maxY = Math.max(maxY, point.getY());
				}
			}
			if (all.isEmpty()) {
				return new Frame(0, 0, 100, 100);
			}
			return new Frame(minX - PADDING, minY - PADDING, maxX - minX + 2 * PADDING, maxY - minY + 2 * PADDING);
		}

	}

	/**
	 * A name broken into lines that fit a width, with the font size that makes them fit.
	 */
	private record Lines(List<String> lines, double fontSize, double lineHeight) {

		static Lines fit(String text, double width) {
			int perLine = Math.max(6, (int) Math.floor(width / (FONT * CHAR_WIDTH)));
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : syllables(text.strip().split("\\s+"), width)) {
				if (!line.isEmpty() && line.length() + 1 + word.length() > perLine) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(line.isEmpty() ? "" : " ").append(word);
			}
			lines.add(line.toString());
			int longest = lines.stream().mapToInt(String::length).max().orElse(1);
			double size = Math.max(SMALL_FONT, Math.min(FONT, width / (longest * CHAR_WIDTH)));
			return new Lines(lines, size, LINE * size / FONT);
		}

		/**
		 * The words, with a compound too long to fit even in a smaller font broken with a
		 * hyphen, after its joint "ungs" where it has one (Weiterleitungs-vertrag).
		 */
		private static List<String> syllables(String[] words, double width) {
			int longest = (int) Math.floor(width / (SMALL_FONT * CHAR_WIDTH));
			List<String> parts = new ArrayList<>();
			for (String word : words) {
				String rest = word;
				while (rest.length() > longest) {
					int joint = rest.lastIndexOf("ngs", longest - 4);
					int cut = (joint > 2) ? joint + 3 : longest - 1;
					if (rest.length() - cut < 4) {
						// A short tail reads worse than a slightly wide line.
						break;
					}
					parts.add(rest.substring(0, cut) + "-");
					rest = rest.substring(cut);
				}
				parts.add(rest);
			}
			return parts;
		}

	}

	/** A small writer of SVG elements with escaped text and attributes. */
	private static final class Svg {

		private final StringBuilder out = new StringBuilder();

		void open(String name, String... attributes) {
			this.out.append('<').append(name);
			attributes(attributes);
			this.out.append('>');
		}

		void close(String name) {
			this.out.append("</").append(name).append('>');
		}

		void empty(String name, String... attributes) {
			this.out.append('<').append(name);
			attributes(attributes);
			this.out.append("/>");
		}

		void element(String name, String text, String... attributes) {
			open(name, attributes);
			this.out.append(escape((text != null) ? text : ""));
			close(name);
		}

		void raw(String markup) {
			this.out.append(markup);
		}

		private void attributes(String... attributes) {
			for (int i = 0; i + 1 < attributes.length; i += 2) {
				this.out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
			}
		}

		static String escape(String text) {
			StringBuilder escaped = new StringBuilder(text.length());
			for (char c : text.toCharArray()) {
				switch (c) {
					case '&' -> escaped.append("&amp;");
					case '<' -> escaped.append("&lt;");
					case '>' -> escaped.append("&gt;");
					case '"' -> escaped.append("&quot;");
					case '\'' -> escaped.append("&#39;");
					default -> escaped.append(c);
				}
			}
			return escaped.toString();
		}

		@Override
		public String toString() {
			return this.out.toString();
		}

	}

}
