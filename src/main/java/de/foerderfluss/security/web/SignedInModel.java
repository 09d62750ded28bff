package de.foerderfluss.security.web;

import de.foerderfluss.security.Actor;
import de.foerderfluss.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in person as {@code me} on every page, for the page frame. */
@ControllerAdvice(annotations = PageController.class)
class SignedInModel {

	@ModelAttribute("me")
	Actor me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof UserDetails) ? Actor.current()
				: null;
	}

}
