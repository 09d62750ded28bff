package de.foerderfluss.workflow;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs now, in the caller's thread, the steps the engine would take on its own right
 * after a committed step: notices and reminders behind an asynchronous boundary. For work
 * that happens before the job executor runs (the demo is built at start-up) and for
 * tests. Each step runs in its own transaction and as the engine ({@code system}), not as
 * the caller, just as the job executor would run it.
 */
@Component
public class PendingSteps {

	/** A step whose run keeps failing is left to the engine's retries and incidents. */
	private static final int MAX_RUNS = 50;

	private final ManagementService management;

	private final RuntimeService runtime;

	PendingSteps(ManagementService management, RuntimeService runtime) {
		this.management = management;
		this.runtime = runtime;
	}

	/** The pending steps of the application's lifecycle and fund calls. */
	public void runFor(Long applicationId) {
		runWhile(() -> {
			List<String> instances = this.runtime.createProcessInstanceQuery()
				.variableValueEquals(ProcessVariables.APPLICATION_ID, applicationId)
				.list()
				.stream()
				.map(ProcessInstance::getId)
				.toList();
			return instances.isEmpty() ? List.of()
					: this.management.createJobQuery()
						.processInstanceIds(java.util.Set.copyOf(instances))
						.messages()
						.executable()
						.list();
		});
	}

	/** Every pending step of every case. */
	public void runAll() {
		runWhile(() -> this.management.createJobQuery().messages().executable().list());
	}

	private void runWhile(java.util.function.Supplier<List<Job>> pending) {
		SecurityContext caller = SecurityContextHolder.getContext();
		SecurityContextHolder.clearContext();
		try {
			for (int run = 0; run < MAX_RUNS; run++) {
				List<Job> jobs = pending.get();
				if (jobs.isEmpty()) {
					return;
				}
				for (Job job : jobs) {
					execute(job);
				}
			}
		}
		finally {
			SecurityContextHolder.setContext(caller);
		}
	}

	private void execute(Job job) {
		try {
			this.management.executeJob(job.getId());
		}
		catch (OptimisticLockingException tookByAnother) {
			// The job executor ran it at the same moment.
		}
		catch (RuntimeException failed) {
			// The engine counted the failed attempt; its retries and incident take over.
		}
	}

}
