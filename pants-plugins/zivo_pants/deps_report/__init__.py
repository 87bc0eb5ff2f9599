"""`./pants deps-report`: what each image holds, why, how big, under which licence, against a budget."""
