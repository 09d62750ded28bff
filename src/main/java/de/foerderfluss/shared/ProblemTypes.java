package de.foerderfluss.shared;

import java.net.URI;

/** The {@code type} URIs of the problem details the API answers with. */
public final class ProblemTypes {

	private ProblemTypes() {
	}

	public static URI of(String slug) {
		return URI.create("urn:foerderfluss:problem:" + slug);
	}

}
