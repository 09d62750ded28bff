package de.foerderfluss.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Where the page is, for the navigation of every page's frame. The signed-in person
 * ({@code me}) is added by the security module, which owns it: the page frame does not
 * depend on a domain module, so every module's pages may use {@link PageController}.
 */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
