/** The folder `bench-corpus.tar.gz` is extracted to, once per machine, in the temp folder. */
export function extractBenchCorpus(archive: string): string;
