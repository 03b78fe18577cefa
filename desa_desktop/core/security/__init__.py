"""Who may open the local store: operators, their passwords, and the store's data key."""
