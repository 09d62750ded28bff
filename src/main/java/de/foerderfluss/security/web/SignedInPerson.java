package de.foerderfluss.security.web;

import de.foerderfluss.security.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The signed-in person for the templates, as bean {@code signedIn}: read where the page
 * is drawn, so that error pages, which get no model of their controller, name the person
 * too.
 */
@Component("signedIn")
class SignedInPerson {

	/** The person, or null when nobody is signed in. */
	public Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof UserDetails) ? Actor.current()
				: null;
	}

}
