package de.foerderfluss.shared;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

/**
 * Base for entities that guard their own state changes and record what happened as
 * past-tense events. Services publish the events after saving, see {@link DomainEvents}.
 */
@MappedSuperclass
public abstract class AggregateRoot {

	@Transient
	private final transient List<Object> events = new ArrayList<>();

	protected void registerEvent(Object event) {
		this.events.add(event);
	}

	/** Hands out the recorded events once; a second call returns only newer ones. */
	public List<Object> pullEvents() {
		List<Object> pulled = List.copyOf(this.events);
		this.events.clear();
		return pulled;
	}

}
