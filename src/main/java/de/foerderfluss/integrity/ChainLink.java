package de.foerderfluss.integrity;

/**
 * The place of an entry in its chain: its position, counted from 1, and the hash of the
 * entry before it (none for the first).
 */
public record ChainLink(long position, String previousHash) {

	public static final ChainLink FIRST = new ChainLink(1, null);

	/** The place of the entry after one with the given hash. */
	public ChainLink next(String hash) {
		return new ChainLink(this.position + 1, hash);
	}

}
