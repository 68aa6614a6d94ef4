package se.glomska.customer.internal.domain;

public enum Gender { FEMALE, MALE, OTHER }
