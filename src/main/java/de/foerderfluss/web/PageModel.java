package de.foerderfluss.web;

import de.foerderfluss.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame needs: the signed-in person and where the page is, for the
 * navigation.
 */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

	@ModelAttribute("me")
	Actor me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null
				&& authentication.getPrincipal() instanceof org.springframework.security.core.userdetails.UserDetails)
						? Actor.current() : null;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
