package de.foerderfluss.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.foerderfluss.testing.Api;

/**
 * One node of the cluster: the built application started as its own Java process, so that
 * it can be killed the way an operating system kills it.
 */
final class Node {

	private final String name;

	private final Path jar;

	private final Path log;

	private final List<String> settings;

	private final int port;

	private Process process;

	private int starts;

	Node(String name, Path jar, Path log, List<String> settings) {
		this.name = name;
		this.jar = jar;
		this.log = log;
		this.settings = settings;
		this.port = freePort();
	}

	String name() {
		return this.name;
	}

	int port() {
		return this.port;
	}

	int starts() {
		return this.starts;
	}

	/** Starts the process and returns once it answers the API. */
	void start(String password) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx640m",
						"-XX:TieredStopAtLevel=1", "-jar", this.jar.toString(), "--server.port=" + this.port,
						// Camunda writes the host name into every job it executes: the
						// proof that timers ran on both.
						"--camunda.bpm.generic-properties.properties.hostname=" + this.name));
		command.addAll(this.settings);
		Files.createDirectories(this.log.getParent());
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.start();
		this.starts++;
		awaitAnswer(password, Duration.ofMinutes(4));
	}

	/** SIGKILL: no shutdown hook, no finished request, no released job lock. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	void stop() throws InterruptedException {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	Api as(String username, String password) {
		return Api.as(this.port, username, password);
	}

	private void awaitAnswer(String password, Duration patience) throws InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " ended while starting; see " + this.log);
			}
			try {
				if (as("kasse", password).get("/api/v1/programmes").status() == 200) {
					return;
				}
			}
			catch (IllegalStateException notYetListening) {
				// The port opens once the application has started.
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException(this.name + " did not answer within " + patience + "; see " + this.log);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
