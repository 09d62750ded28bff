package de.foerderfluss.integrity;

/** An entry as stored in its chain, and the hash its fields give now. */
public record ChainedEntry(long owner, long id, long position, String previousHash, String hash,
		String recomputedHash) {

}
