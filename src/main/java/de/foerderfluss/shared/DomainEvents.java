package de.foerderfluss.shared;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the events an aggregate recorded. Listeners run synchronously in the caller's
 * transaction, so a step and everything it sets off either happen together or not at all.
 */
@Component
public class DomainEvents {

	private final ApplicationEventPublisher publisher;

	DomainEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	public void publishFrom(AggregateRoot aggregate) {
		// Events are pulled before publishing: listeners may change the same aggregate
		// again.
		aggregate.pullEvents().forEach(this.publisher::publishEvent);
	}

	public void publish(Object event) {
		this.publisher.publishEvent(event);
	}

}
