// Placeholder: replaced by the real parser benchmark.
int main()
{
    return 0;
}
