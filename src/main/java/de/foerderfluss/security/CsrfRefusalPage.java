package de.foerderfluss.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * A form refused for its missing or stale CSRF token (a page left open while the session
 * ended, or a form sent from another site) gets our error page in the person's language,
 * whatever the client accepts; other refusals on pages go the usual way to the error
 * page.
 */
@Component
class CsrfRefusalPage implements AccessDeniedHandler {

	private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

	private final ViewResolver views;

	private final LocaleResolver locales;

	private final MessageSource messages;

	CsrfRefusalPage(@Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver locales,
			MessageSource messages) {
		this.views = views;
		this.locales = locales;
		this.messages = messages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		if (!(accessDeniedException instanceof CsrfException)) {
			this.others.handle(request, response, accessDeniedException);
			return;
		}
		// Refused before Spring MVC: the page is rendered here, in the language the
		// pages speak.
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.locales);
		Locale locale = this.locales.resolveLocale(request);
		response.setStatus(HttpStatus.FORBIDDEN.value());
		try {
			View page = this.views.resolveViewName("error", locale);
			page.render(Map.of("status", HttpStatus.FORBIDDEN.value(), "message",
					this.messages.getMessage("error.form-expired", null, locale)), request, response);
		}
		catch (IOException | ServletException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
	}

}
