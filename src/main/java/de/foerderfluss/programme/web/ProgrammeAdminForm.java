package de.foerderfluss.programme.web;

import de.foerderfluss.programme.ForwardingForm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new programme as typed into the form; the code's format the service checks. */
record ProgrammeAdminForm(@NotBlank @Size(max = 10) String code, @NotBlank @Size(max = 200) String name,
		@Size(max = 2000) String description, ForwardingForm forwardingForm) {

}
