package de.foerderfluss.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user name recorded as actor; timers and other engine work act as {@value #SYSTEM}.
 */
public final class CurrentActor {

	public static final String SYSTEM = "system";

	private CurrentActor() {
	}

	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM;
	}

}
