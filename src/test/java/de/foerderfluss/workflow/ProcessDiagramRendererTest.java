package de.foerderfluss.workflow;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle drawn from its diagram interchange: a shape for every step, the flows,
 * the current step and the steps passed marked so that no colour is needed to tell them.
 */
class ProcessDiagramRendererTest {

	private static final Set<String> PASSED = Set.of("StartEvent_ApplicationSubmitted", "Gateway_CompletenessLoop",
			"Task_CheckCompleteness", "Gateway_Complete", "Task_CheckEligibility", "Gateway_Eligible");

	private static final ProcessDiagramRenderer.Text TEXT = new ProcessDiagramRenderer.Text("Ablauf des Antrags",
			"Aktueller Schritt: Antrag fachlich prüfen.", "aktueller Schritt", "erledigt");

	private final BpmnModelInstance lifecycle = read("/bpmn/application-lifecycle.bpmn");

	@Test
	void everyStepOfTheModelHasItsShapeWithItsName() {
		Document svg = render(this.lifecycle, Set.of(), Set.of());

		Set<String> flowNodes = this.lifecycle.getModelElementsByType(FlowNode.class)
			.stream()
			.map(FlowNode::getId)
			.collect(Collectors.toSet());
		assertThat(flowNodes).hasSizeGreaterThan(50);
		assertThat(svg.select("g.node").eachAttr("data-element")).hasSameSizeAs(flowNodes)
			.containsExactlyInAnyOrderElementsOf(flowNodes);
		assertThat(svg.select("g.node.user-task")).hasSize(15);
		assertThat(svg.select("g.node.gateway")).hasSize(18);
		assertThat(svg.select("g.node.subprocess.event-subprocess")).hasSize(1);
		assertThat(svg.select("g.node.boundary")).hasSize(11);
		assertThat(svg.select("g.flow")).hasSize(87);
		assertThat(name(node(svg, "Task_CheckEligibility"))).isEqualTo("Förderfähigkeit und Höchstbetrag prüfen");
		assertThat(name(node(svg, "Gateway_Complete"))).isEqualTo("Vollständig?");
		assertThat(node(svg, "Task_AcceptContract").select("text tspan").eachText()).containsExactly("Unterzeichneten",
				"Weiterleitungs-", "vertrag", "hochladen");
		assertThat(node(svg, "Task_CheckCompleteness").selectFirst("rect.shape").attr("x")).isEqualTo("220");
		assertThat(svg.select("g.flow[data-element=Flow_Complete] text").text()).isEqualTo("ja");
		assertThat(svg.select("g.node.active, g.node.passed, g.flow.passed, g.tick")).isEmpty();
	}

	@Test
	void theCurrentStepIsFramedAndThePassedOnesTicked() {
		Document svg = render(this.lifecycle, Set.of("Task_AssessApplication"), PASSED);

		Element active = node(svg, "Task_AssessApplication");
		assertThat(active.hasClass("active")).isTrue();
		assertThat(active.select("rect.halo")).hasSize(1);
		assertThat(active.selectFirst("title").text()).isEqualTo("Antrag fachlich prüfen (aktueller Schritt)");
		assertThat(svg.select("g.node.active").eachAttr("data-element")).containsExactly("Task_AssessApplication");

		assertThat(svg.select("g.node.passed").eachAttr("data-element")).containsExactlyInAnyOrderElementsOf(PASSED);
		assertThat(node(svg, "Task_CheckCompleteness").select("g.tick")).hasSize(1);
		assertThat(node(svg, "Task_CheckCompleteness").selectFirst("title").text())
			.isEqualTo("Vollständigkeit prüfen (erledigt)");
		assertThat(node(svg, "Task_DecideApplication").hasClass("passed")).isFalse();
		assertThat(node(svg, "Task_DecideApplication").select("g.tick, rect.halo")).isEmpty();

		assertThat(svg.select("g.flow.passed").eachAttr("data-element"))
			.contains("Flow_ToCheckCompleteness", "Flow_Complete", "Flow_Eligible")
			.doesNotContain("Flow_Incomplete", "Flow_NotEligible", "Flow_ToRecommendedGateway");
		assertThat(svg.selectFirst("g.flow.passed polyline").attr("marker-end"))
			.isEqualTo("url(#process-1-arrow-passed)");
	}

	@Test
	void theDrawingIsAnAccessibleImageOfWellFormedSvg() throws Exception {
		String markup = ProcessDiagramRenderer.render(this.lifecycle, "process-1",
				new ProcessDiagramRenderer.State(Set.of("Task_AssessApplication"), PASSED), TEXT);

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
		org.w3c.dom.Element root = xml.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("process-1-title process-1-desc");
		assertThat(root.getAttribute("viewBox")).matches("-?\\d+ -?\\d+ \\d+ \\d+");
		Document svg = Jsoup.parse(markup, "", Parser.xmlParser());
		assertThat(svg.selectFirst("svg > title").text()).isEqualTo("Ablauf des Antrags");
		assertThat(svg.selectFirst("svg > desc").text()).isEqualTo("Aktueller Schritt: Antrag fachlich prüfen.");
	}

	@Test
	void namesAreEscapedAndTheSmallFundCallModelFitsItsFrame() {
		BpmnModelInstance odd = Bpmn.createExecutableProcess("odd")
			.startEvent("start")
			.name("Start <jetzt>")
			.userTask("check")
			.name("Prüfen & \"freigeben\"")
			.endEvent("end")
			.done();
		Document svg = render(odd, Set.of("check"), Set.of("start"));
		assertThat(name(node(svg, "check"))).isEqualTo("Prüfen & \"freigeben\"");
		assertThat(
				ProcessDiagramRenderer.render(odd, "odd", new ProcessDiagramRenderer.State(Set.of(), Set.of()), TEXT))
			.contains("Prüfen &amp; &quot;freigeben&quot;", "Start &lt;jetzt&gt;");

		Document fundCall = render(read("/bpmn/fund-call.bpmn"), Set.of("Task_ReleasePayout"),
				Set.of("StartEvent_FundCallSubmitted", "Task_VerifyFundCall", "Gateway_Correct"));
		assertThat(fundCall.select("g.node")).hasSize(6);
		assertThat(fundCall.selectFirst("svg").attr("viewBox")).isEqualTo("-6 87 652 278");
		assertThat(fundCall.select("g.flow.passed").eachAttr("data-element")).containsExactlyInAnyOrder("Flow_ToVerify",
				"Flow_ToCorrectGateway", "Flow_Correct");
	}

	private static Document render(BpmnModelInstance model, Set<String> active, Set<String> passed) {
		String markup = ProcessDiagramRenderer.render(model, "process-1",
				new ProcessDiagramRenderer.State(active, passed), TEXT);
		return Jsoup.parse(markup, "", Parser.xmlParser());
	}

	private static Element node(Document svg, String elementId) {
		Element node = svg.selectFirst("g.node[data-element=" + elementId + "]");
		assertThat(node).as("shape of %s", elementId).isNotNull();
		return node;
	}

	/** The name as drawn: its lines read one after the other. */
	private static String name(Element node) {
		return String.join(" ", node.select("text tspan").eachText());
	}

	private static BpmnModelInstance read(String resource) {
		try (InputStream in = ProcessDiagramRendererTest.class.getResourceAsStream(resource)) {
			return Bpmn.readModelFromStream(in);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
