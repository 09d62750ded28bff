package de.foerderfluss.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a decision table with a DMN engine of its own,
 * outside the process engine: no decision history is written, so it may answer the
 * questions of a page in a read-only transaction.
 */
@Component
class RulePreview {

	private final RepositoryService repository;

	private final DmnEngine dmnEngine;

	/** Parsed tables by decision definition id; a new deployment brings a new id. */
	private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

	RulePreview(RepositoryService repository) {
		this.repository = repository;
		this.dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
	}

	DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
		DecisionDefinition latest = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(decisionKey)
			.latestVersion()
			.singleResult();
		if (latest == null) {
			throw new IllegalStateException("No decision table " + decisionKey + " is deployed");
		}
		DmnDecision decision = this.parsed.computeIfAbsent(latest.getId(), (id) -> parse(decisionKey, id));
		return this.dmnEngine.evaluateDecision(decision, variables);
	}

	private DmnDecision parse(String decisionKey, String definitionId) {
		try (InputStream model = this.repository.getDecisionModel(definitionId)) {
			return this.dmnEngine.parseDecision(decisionKey, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
